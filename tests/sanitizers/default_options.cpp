// Sanitizer defaults built into every binary of a TRUSTC_SANITIZE build, so a
// finding fails whoever runs the binary (ctest, lit, a shell): the process
// aborts with a signal. The sanitizers' default, exit status 1, would pass for
// "errors found" in a test that expects exit status 1. ASAN_OPTIONS,
// UBSAN_OPTIONS and LSAN_OPTIONS still override these.
#define TRUSTC_SANITIZER_HOOK \
  extern "C" __attribute__((visibility("default"), used, no_sanitize("address", "undefined")))

TRUSTC_SANITIZER_HOOK const char* __asan_default_options() {
  return "abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:"
         "check_initialization_order=1:strict_init_order=1";
}

TRUSTC_SANITIZER_HOOK const char* __ubsan_default_options() {
  return "abort_on_error=1:halt_on_error=1:print_stacktrace=1";
}

// Leak suppressions: frames of the ANTLR 4.9 runtime only, never trustc's.
TRUSTC_SANITIZER_HOOK const char* __lsan_default_suppressions() { return ""; }
