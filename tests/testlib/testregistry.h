#pragma once

#include <QObject>

#include <functional>

// One executable per source folder holds many tst_<class> test objects; each
// registers itself here and ctest runs them one at a time by name, so that a
// failure names its class and the build links few binaries.
namespace TestRegistry {
using Factory = std::function<QObject *()>;
bool add(const char *name, Factory factory);
// argv[1] names the test object to run (all when absent); the remaining
// arguments go to QTest::qExec.
int run(int argc, char **argv);
} // namespace TestRegistry

#define MOSHIKOMI_TEST(Class)                                                                      \
    static const bool registered##Class = TestRegistry::add(#Class, [] { return new Class; });
