// The language server: reads JSON-RPC messages, dispatches each to the
// handler of its method (methods.def, one file per handler), and publishes
// diagnostics for whole projects when the input goes quiet.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "lsp/transport.h"
#include "lsp/workspace.h"

namespace trustc::lsp {

using json = nlohmann::json;

// JSON-RPC and LSP error codes.
enum class ErrorCode {
  ParseError = -32700,
  InvalidRequest = -32600,
  MethodNotFound = -32601,
  InvalidParams = -32602,
  InternalError = -32603,
  ServerNotInitialized = -32002,
};

// Thrown by a handler to answer a request with an error.
struct RpcError {
  ErrorCode code;
  std::string message;
};

class Server {
 public:
  Server(Transport& transport, WorkspaceOptions options) : transport_(transport), workspace_(std::move(options)) {}

  // Serves until `exit` or the end of input. Returns the process exit
  // status: 0 after `shutdown` then `exit`, else 1.
  int run();

  Workspace& workspace() { return workspace_; }
  void notify(const std::string& method, json params);
  void log(const std::string& message);

  // Lifecycle, for the initialize/shutdown/exit handlers.
  bool initialized() const { return initialized_; }
  void setInitialized() { initialized_ = true; }
  void setShutdown() { shutdown_ = true; }
  void setExit() { exit_ = true; }

 private:
  void handle(const std::string& body);
  void dispatch(const json& message);
  void respond(const json& id, json result);
  void respondError(const json& id, ErrorCode code, const std::string& message);
  void publishDiagnostics();

  Transport& transport_;
  Workspace workspace_;
  bool initialized_ = false;
  bool shutdown_ = false;
  bool exit_ = false;
};

// Handlers, declared from methods.def.
#define LSP_REQUEST(Method, Handler) json handle##Handler(Server& server, const json& params);
#define LSP_NOTIFICATION(Method, Handler) void handle##Handler(Server& server, const json& params);
#include "lsp/methods.def"
#undef LSP_REQUEST
#undef LSP_NOTIFICATION

}  // namespace trustc::lsp
