// The build tool that generates the embedded standard library has none itself.
#include "sema/stdlib_image.h"

namespace trustc::sema {

const image::Image& embeddedStdlibImage() {
  static const image::Image empty{};
  return empty;
}

}  // namespace trustc::sema
