#pragma once

#include <QString>
#include <QStringList>

// Text laid out for a terminal, where a Japanese character takes two columns:
// QCommandLineParser counts characters, so its Japanese help ran to twice the
// terminal's width and broke words at random.
class TerminalText
{
public:
    // Columns a character takes in a terminal (1 or 2).
    static int columns(char32_t c);
    static int columns(QStringView text);
    // Lines of at most `width` columns: broken at spaces or between Japanese
    // characters, never inside a Latin word, never before 、。）」 or after （「.
    static QStringList wrap(const QString &text, int width);
    // The terminal's width ($COLUMNS), 80 when unknown.
    static int terminalWidth();
};
