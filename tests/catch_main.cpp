// One Catch2 main shared by every test executable. Every test runs with $XDG_CONFIG_HOME in a
// fresh folder: a developer's own configuration (a learning record store the app would send
// to, an issuer's key) never takes part in a test, and no test writes to it.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

int main(int argc, char* argv[]) {
    char dir[] = "/tmp/lectern-test-config-XXXXXX";
    const bool own = ::mkdtemp(dir) != nullptr;
    if (own) ::setenv("XDG_CONFIG_HOME", dir, 1);
    const int result = Catch::Session().run(argc, argv);
    std::error_code ec;
    if (own) std::filesystem::remove_all(dir, ec);
    return result;
}
