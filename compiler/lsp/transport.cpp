#include "lsp/transport.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <algorithm>
#include <charconv>

namespace trustc::lsp {

bool Transport::fill(bool wait) {
  if (eof_) return false;
  if (!wait) {
    pollfd p{in_, POLLIN, 0};
    if (::poll(&p, 1, 0) <= 0) return false;
  }
  char chunk[65536];
  ssize_t n;
  do {
    n = ::read(in_, chunk, sizeof chunk);
  } while (n < 0 && errno == EINTR);
  if (n <= 0) {
    eof_ = true;
    return false;
  }
  if (start_ > 0 && start_ == buffer_.size()) {
    buffer_.clear();
    start_ = 0;
  } else if (start_ > (1u << 20)) {
    buffer_.erase(0, start_);
    start_ = 0;
  }
  buffer_.append(chunk, static_cast<std::size_t>(n));
  return true;
}

// One header line without its terminator (`\r\n`, or `\n` alone).
std::optional<std::string> Transport::line() {
  for (;;) {
    std::size_t nl = buffer_.find('\n', start_);
    if (nl != std::string::npos) {
      std::string text = buffer_.substr(start_, nl - start_);
      start_ = nl + 1;
      if (!text.empty() && text.back() == '\r') text.pop_back();
      return text;
    }
    if (buffer_.size() - start_ > 8192) {  // no header is this long
      start_ = buffer_.size();
      return std::string("\x01");
    }
    if (!fill(true)) return std::nullopt;
  }
}

bool Transport::pending() {
  if (buffer_.find("\r\n\r\n", start_) != std::string::npos) return true;
  return fill(false);
}

Transport::Message Transport::read() {
  Message m;
  std::optional<std::size_t> length;
  bool bad = false;
  std::string why;
  bool any = false;
  for (;;) {
    auto header = line();
    if (!header) return m;  // End
    if (header->empty()) {
      if (!any) continue;  // blank lines between frames
      break;
    }
    any = true;
    std::size_t colon = header->find(':');
    std::string name = header->substr(0, colon);
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (colon == std::string::npos) {
      bad = true;
      why = "a header line without `:`";
    } else if (name == "content-length") {
      std::string value = header->substr(colon + 1);
      std::size_t b = value.find_first_not_of(' ');
      std::size_t n = 0;
      auto [end, ec] = std::from_chars(value.data() + (b == std::string::npos ? value.size() : b),
                                       value.data() + value.size(), n);
      if (ec != std::errc() || end != value.data() + value.size()) {
        bad = true;
        why = "`Content-Length` is not a number";
      } else {
        length = n;
      }
    }
  }
  if (!bad && !length) {
    bad = true;
    why = "no `Content-Length` header";
  }
  if (!bad && *length > kMaxBody) {
    bad = true;
    why = "the message is larger than 64 MiB";
  }
  if (length && *length > kMaxBody) {  // skip the body as it comes
    for (std::size_t left = *length; left > 0;) {
      if (start_ == buffer_.size() && !fill(true)) return m;
      std::size_t take = std::min(left, buffer_.size() - start_);
      start_ += take;
      left -= take;
    }
  }
  if (length && *length <= kMaxBody) {
    while (buffer_.size() - start_ < *length) {
      if (!fill(true)) return m;  // End in the middle of a body
    }
    m.body = buffer_.substr(start_, *length);
    start_ += *length;
  }
  if (bad) {
    m.kind = Message::Kind::Malformed;
    m.error = why;
    m.body.clear();
    return m;
  }
  m.kind = Message::Kind::Body;
  return m;
}

bool Transport::write(const std::string& body) {
  std::string frame = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  std::size_t done = 0;
  while (done < frame.size()) {
    ssize_t n = ::write(out_, frame.data() + done, frame.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace trustc::lsp
