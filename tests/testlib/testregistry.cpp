#include "testregistry.h"

#include <QList>
#include <QTest>

#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

namespace {
struct Registered
{
    const char *name;
    TestRegistry::Factory factory;
};
std::vector<Registered> &registry()
{
    static std::vector<Registered> r;
    return r;
}
} // namespace

bool TestRegistry::add(const char *name, Factory factory)
{
    registry().push_back({name, std::move(factory)});
    return true;
}

int TestRegistry::run(int argc, char **argv)
{
    const char *only = argc > 1 && argv[1][0] != '-' ? argv[1] : nullptr;
    std::vector<char *> args{argv[0]};
    for (int i = only ? 2 : 1; i < argc; ++i)
        args.push_back(argv[i]);
    int failures = 0;
    bool found = false;
    for (const Registered &r : registry()) {
        if (only && std::strcmp(only, r.name) != 0)
            continue;
        found = true;
        std::unique_ptr<QObject> test(r.factory());
        failures += QTest::qExec(test.get(), int(args.size()), args.data());
    }
    if (!found) {
        std::fprintf(stderr, "no test object named %s\n", only ? only : "(any)");
        return 2;
    }
    return failures;
}
