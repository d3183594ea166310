#include <gtest/gtest.h>
#include <unistd.h>

#include "lsp/transport.h"

namespace trustc::lsp {
namespace {

// A transport reading what was written into a pipe (closed after it).
class Pipe {
 public:
  explicit Pipe(const std::string& input) {
    EXPECT_EQ(pipe(fds_), 0);
    EXPECT_EQ(write(fds_[1], input.data(), input.size()), static_cast<ssize_t>(input.size()));
    close(fds_[1]);
  }
  ~Pipe() { close(fds_[0]); }
  int in() const { return fds_[0]; }

 private:
  int fds_[2];
};

using Kind = Transport::Message::Kind;

TEST(LspTransport, ReadsFramedMessages) {
  Pipe p("Content-Length: 2\r\n\r\n{}Content-Type: x\r\ncontent-length:3\r\n\r\n[1]\n\nContent-Length: 1\n\n7");
  Transport t(p.in(), -1);
  auto m = t.read();
  EXPECT_EQ(m.kind, Kind::Body);
  EXPECT_EQ(m.body, "{}");
  m = t.read();  // other headers, any case, no space
  EXPECT_EQ(m.kind, Kind::Body);
  EXPECT_EQ(m.body, "[1]");
  m = t.read();  // bare `\n` line ends
  EXPECT_EQ(m.kind, Kind::Body);
  EXPECT_EQ(m.body, "7");
  EXPECT_EQ(t.read().kind, Kind::End);
}

TEST(LspTransport, ReportsBadFramesAndGoesOn) {
  Pipe p("Content-Length: x\r\n\r\nno length\r\n\r\nContent-Length: 2\r\n\r\nok");
  Transport t(p.in(), -1);
  auto m = t.read();
  EXPECT_EQ(m.kind, Kind::Malformed);
  EXPECT_EQ(m.error, "`Content-Length` is not a number");
  m = t.read();
  EXPECT_EQ(m.kind, Kind::Malformed);
  EXPECT_EQ(m.error, "a header line without `:`");
  m = t.read();
  EXPECT_EQ(m.kind, Kind::Body);
  EXPECT_EQ(m.body, "ok");
}

TEST(LspTransport, EndsOnATruncatedBody) {
  Pipe p("Content-Length: 10\r\n\r\nabc");
  Transport t(p.in(), -1);
  EXPECT_EQ(t.read().kind, Kind::End);
}

TEST(LspTransport, SkipsOversizedBodies) {
  std::string big(Transport::kMaxBody + 1, 'x');
  // Too large for a pipe buffer: write from a thread-free child process.
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  pid_t child = fork();
  if (child == 0) {
    close(fds[0]);
    std::string frame = "Content-Length: " + std::to_string(big.size()) + "\r\n\r\n" + big +
                        "Content-Length: 2\r\n\r\n{}";
    for (std::size_t done = 0; done < frame.size();) {
      ssize_t n = write(fds[1], frame.data() + done, frame.size() - done);
      if (n <= 0) _exit(1);
      done += static_cast<std::size_t>(n);
    }
    _exit(0);
  }
  close(fds[1]);
  Transport t(fds[0], -1);
  auto m = t.read();
  EXPECT_EQ(m.kind, Kind::Malformed);
  EXPECT_EQ(m.error, "the message is larger than 64 MiB");
  m = t.read();
  EXPECT_EQ(m.kind, Kind::Body);
  EXPECT_EQ(m.body, "{}");
  close(fds[0]);
}

TEST(LspTransport, WritesFrames) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  Transport t(-1, fds[1]);
  EXPECT_TRUE(t.write("{\"a\":1}"));
  close(fds[1]);
  char buf[64] = {};
  ssize_t n = read(fds[0], buf, sizeof buf - 1);
  close(fds[0]);
  EXPECT_EQ(std::string(buf, static_cast<std::size_t>(n)), "Content-Length: 7\r\n\r\n{\"a\":1}");
}

}  // namespace
}  // namespace trustc::lsp
