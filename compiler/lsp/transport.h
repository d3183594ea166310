// JSON-RPC framing over a pair of file descriptors (the server's standard
// input and output): `Content-Length: N` headers, a blank line, N bytes.
#pragma once

#include <optional>
#include <string>

namespace trustc::lsp {

class Transport {
 public:
  Transport(int in, int out) : in_(in), out_(out) {}

  struct Message {
    enum class Kind { Body, Malformed, End };
    Kind kind = Kind::End;
    std::string body;   // Body: the JSON text
    std::string error;  // Malformed: what was wrong with the framing
  };

  // The next message. A frame with bad headers is Malformed (the reader goes
  // on with the next frame); End at the end of input.
  Message read();
  // True when the next message can be read without waiting.
  bool pending();
  // Writes one framed message; false when the output is gone.
  bool write(const std::string& body);

  static constexpr std::size_t kMaxBody = 64u << 20;

 private:
  bool fill(bool wait);
  std::optional<std::string> line();

  int in_;
  int out_;
  std::string buffer_;
  std::size_t start_ = 0;
  bool eof_ = false;
};

}  // namespace trustc::lsp
