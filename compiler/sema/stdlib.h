// The standard library embedded in the binary (stdlib/*.trust). A project is
// compiled together with it unless another stdlib folder is given.
#pragma once

#include <string_view>
#include <vector>

namespace trustc {

struct EmbeddedFile {
  std::string_view name;
  std::string_view text;
};

const std::vector<EmbeddedFile>& embeddedStdlib();

}  // namespace trustc
