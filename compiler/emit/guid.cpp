#include "emit/guid.h"

#include <uuid/uuid.h>

namespace trustc::emit {

namespace {
// 11fb06fb-712d-4ddd-98c7-e71bbd588830 in network byte order.
constexpr uuid_t kArmNamespace = {0x11, 0xfb, 0x06, 0xfb, 0x71, 0x2d, 0x4d, 0xdd,
                                  0x98, 0xc7, 0xe7, 0x1b, 0xbd, 0x58, 0x88, 0x30};
}  // namespace

std::string armGuid(const std::vector<std::string_view>& parts) {
  std::string name;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) name += '-';
    name += parts[i];
  }
  uuid_t out;
  uuid_generate_sha1(out, kArmNamespace, name.data(), name.size());
  char text[37];
  uuid_unparse_lower(out, text);
  return std::string(text, 36);
}

}  // namespace trustc::emit
