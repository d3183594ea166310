#include "lsp/server.h"

#include <fmt/format.h>

#include <functional>
#include <unordered_map>

namespace trustc::lsp {

namespace {

struct Method {
  json (*request)(Server&, const json&) = nullptr;
  void (*notification)(Server&, const json&) = nullptr;
};

const std::unordered_map<std::string, Method>& methods() {
  static const std::unordered_map<std::string, Method> table = {
#define LSP_REQUEST(Name, Handler) {Name, {&handle##Handler, nullptr}},
#define LSP_NOTIFICATION(Name, Handler) {Name, {nullptr, &handle##Handler}},
#include "lsp/methods.def"
#undef LSP_REQUEST
#undef LSP_NOTIFICATION
  };
  return table;
}

bool validId(const json& id) { return id.is_number_integer() || id.is_string(); }

}  // namespace

int Server::run() {
  while (!exit_) {
    Transport::Message m = transport_.read();
    if (m.kind == Transport::Message::Kind::End) break;
    if (m.kind == Transport::Message::Kind::Malformed) {
      respondError(nullptr, ErrorCode::ParseError, "malformed message: " + m.error);
    } else {
      handle(m.body);
    }
    // Diagnostics go out once the client has nothing more queued, so a burst
    // of edits costs one analysis.
    if (!exit_ && !transport_.pending()) publishDiagnostics();
  }
  return shutdown_ && exit_ ? 0 : 1;
}

void Server::handle(const std::string& body) {
  json message = json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (message.is_discarded()) {
    respondError(nullptr, ErrorCode::ParseError, "the message is not valid JSON");
    return;
  }
  dispatch(message);
}

void Server::dispatch(const json& message) {
  json id = message.is_object() && message.contains("id") ? message["id"] : json();
  bool isRequest = message.is_object() && message.contains("id");
  if (!message.is_object() || !message.contains("method") || !message["method"].is_string() ||
      (isRequest && !validId(id))) {
    // A response to a request the server never sends, or a batch: not ours.
    if (message.is_object() && message.contains("id") && !message.contains("method") &&
        (message.contains("result") || message.contains("error"))) {
      return;
    }
    respondError(validId(id) ? id : json(), ErrorCode::InvalidRequest,
                 "expected a JSON-RPC 2.0 request or notification with a `method`");
    return;
  }
  const std::string method = message["method"];
  const json params = message.contains("params") ? message["params"] : json::object();
  auto it = methods().find(method);
  if (!isRequest) {
    if (it == methods().end() || !it->second.notification) return;  // unknown notifications are ignored
    if (!initialized_ && method != "exit") return;
    try {
      it->second.notification(*this, params);
    } catch (const std::exception& e) {
      log(fmt::format("`{}` failed: {}", method, e.what()));
    } catch (const RpcError& e) {
      log(fmt::format("`{}` failed: {}", method, e.message));
    }
    return;
  }
  if (it == methods().end() || !it->second.request) {
    respondError(id, ErrorCode::MethodNotFound, fmt::format("unknown method `{}`", method));
    return;
  }
  if (!initialized_ && method != "initialize") {
    respondError(id, ErrorCode::ServerNotInitialized, "the server is not initialized: send `initialize` first");
    return;
  }
  if (shutdown_) {
    respondError(id, ErrorCode::InvalidRequest, "the server is shutting down: only `exit` is accepted");
    return;
  }
  try {
    // Requests see the current text: analyse what changed first.
    respond(id, it->second.request(*this, params));
  } catch (const RpcError& e) {
    respondError(id, e.code, e.message);
  } catch (const json::exception& e) {
    respondError(id, ErrorCode::InvalidParams, fmt::format("invalid parameters for `{}`: {}", method, e.what()));
  } catch (const std::exception& e) {
    respondError(id, ErrorCode::InternalError, fmt::format("`{}` failed: {}", method, e.what()));
  }
}

void Server::respond(const json& id, json result) {
  json out = {{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
  transport_.write(out.dump(-1, ' ', false, json::error_handler_t::replace));
}

void Server::respondError(const json& id, ErrorCode code, const std::string& message) {
  json out = {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", static_cast<int>(code)}, {"message", message}}}};
  transport_.write(out.dump(-1, ' ', false, json::error_handler_t::replace));
}

void Server::notify(const std::string& method, json params) {
  json out = {{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
  transport_.write(out.dump(-1, ' ', false, json::error_handler_t::replace));
}

void Server::log(const std::string& message) { notify("window/logMessage", {{"type", 3}, {"message", message}}); }

void Server::publishDiagnostics() {
  if (!initialized_ || shutdown_) return;
  for (json& params : workspace_.analyzeChanged()) notify("textDocument/publishDiagnostics", std::move(params));
}

}  // namespace trustc::lsp
