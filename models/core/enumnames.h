#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include <cstddef>
#include <optional>

// An enum's values by the names they are stored and sent under: a table of
// pairs, looked up both ways (a few values each, so a scan).
template<typename Enum> struct EnumName
{
    Enum value;
    const char *name;
};

template<typename Enum, std::size_t N> QString nameOf(const EnumName<Enum> (&table)[N], Enum value)
{
    for (const EnumName<Enum> &n : table) {
        if (n.value == value)
            return QLatin1StringView(n.name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const EnumName<Enum> (&table)[N], QStringView name)
{
    for (const EnumName<Enum> &n : table) {
        if (name == QLatin1StringView(n.name))
            return n.value;
    }
    return std::nullopt;
}
