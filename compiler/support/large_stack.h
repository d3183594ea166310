// Runs a function on a thread with a large stack and waits for it; used for
// parsing, whose recursion depth grows with the input.
#pragma once

#include <cstddef>
#include <functional>

namespace trustc {

void runWithLargeStack(const std::function<void()>& fn, std::size_t stackBytes = 64u << 20);

}  // namespace trustc
