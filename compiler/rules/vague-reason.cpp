// vague-reason: a reviewer must be able to check an exemption's reason: what
// fails without it, why the cause cannot be fixed now, what ends it. Empty,
// short (under `min-reason-length`, default 20 characters) or generic reasons
// ("needed this to work", "temporary", "TBD") say none of that.
#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>

#include "rules/context.h"
#include "sema/exemption_portfolio.h"

namespace trustc::rules {

namespace {

// Phrases that carry no reviewable fact, as lower-case words.
constexpr std::string_view kGeneric[] = {
    "needed this to work", "need this to work", "needed for it to work", "needed it to work", "make it work",
    "makes it work", "get it working", "get it to work", "it works", "doesn't work", "does not work",
    "temporary", "temporarily", "temp", "tbd", "todo", "to do", "fix later", "will fix", "for now", "quick fix",
    "workaround", "as discussed", "as agreed", "business need", "business needs", "business requirement",
    "required", "requested", "approved", "exception", "legacy", "n a", "none", "see ticket", "per request",
    "urgent", "asap", "needed", "necessary", "blocked", "blocker"};

// Words too common to count as content.
const std::set<std::string, std::less<>> kFiller = {
    "the", "and", "for", "this", "that", "with", "was", "were", "are", "has", "have", "had", "but", "not", "our",
    "its", "you", "they", "them", "from", "into", "until", "because", "need", "needs", "work", "works",
    "working", "fix", "later", "now", "all", "any", "some", "just", "yet", "still", "too", "also", "very",
    "can", "could", "should", "would", "will", "please", "thanks", "etc", "why", "what", "when", "who", "how"};

// Lower-case words (letters and digits), space-separated, with spaces around.
std::string normalize(std::string_view text) {
  std::string out = " ";
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
    else if (ch == '\'') continue;  // "doesn't" -> "doesnt"
    else if (out.back() != ' ') out += ' ';
  }
  if (out.back() != ' ') out += ' ';
  return out;
}

struct Verdict {
  std::string generic;  // the first generic phrase found, or ""
  int contentWords = 0;
};

Verdict judge(std::string_view reason) {
  Verdict v;
  std::string text = normalize(reason);
  for (std::string_view phrase : kGeneric) {
    std::string p = normalize(phrase);
    for (std::size_t at = text.find(p); at != std::string::npos; at = text.find(p)) {
      if (v.generic.empty()) v.generic = std::string(phrase);
      text.replace(at, p.size(), " ");
    }
  }
  std::istringstream words(text);
  for (std::string w; words >> w;) {
    if (w.size() >= 3 && !kFiller.count(w)) ++v.contentWords;
  }
  return v;
}

constexpr std::string_view kWhatToSay = "say what fails without the exemption, why the cause cannot be fixed now, "
                                        "and what ends it (a ticket, a date, a release)";

}  // namespace

void checkVagueReason(RuleContext& ctx) {
  for (const sema::Exemption& e : ctx.model().exemptions) {
    Location at = sema::propertyLocation(*e.decl, "reason");
    std::string_view reason = e.reason;
    while (!reason.empty() && std::isspace(static_cast<unsigned char>(reason.front()))) reason.remove_prefix(1);
    while (!reason.empty() && std::isspace(static_cast<unsigned char>(reason.back()))) reason.remove_suffix(1);
    if (reason.empty()) {
      ctx.report(*e.decl, at, "exemption `{}` gives no reason", e.name).notes.push_back({{}, std::string(kWhatToSay)});
      continue;
    }
    Verdict v = judge(reason);
    if (!v.generic.empty() && v.contentWords < 4) {
      ctx.report(*e.decl, at, "the reason of exemption `{}` is generic (\"{}\"): a reviewer cannot check it", e.name,
                 v.generic)
          .notes.push_back({{}, std::string(kWhatToSay)});
    } else if (static_cast<int>(reason.size()) < ctx.options().minReasonLength) {
      ctx.report(*e.decl, at, "the reason of exemption `{}` is too short to review ({} characters, at least {})", e.name,
                 reason.size(), ctx.options().minReasonLength)
          .notes.push_back({{}, std::string(kWhatToSay)});
    }
  }
}

}  // namespace trustc::rules
