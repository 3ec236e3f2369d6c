#include "messages/terminaltext.h"

#include <algorithm>

namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

// Japanese line-breaking rules (kinsoku): these never start a line ...
bool mustNotStartLine(char32_t c)
{
    return (c <= 0xFFFF && QStringView(u"、。，．・：；？！）」』】〕〉》ー…ゃゅょっャュョッ")
                               .contains(QChar(c))) ||
           c == u')' || c == u',' || c == u'.' || c == u':' || c == u';';
}

// ... and these never end one.
bool mustNotEndLine(char32_t c)
{
    return (c <= 0xFFFF && QStringView(u"（「『【〔〈《").contains(QChar(c))) || c == u'(';
}

struct Piece
{
    QString text;
    int columns = 0;
    bool spaceBefore = false;
};

// The text cut where a line may break: at spaces, and between two characters
// of which one is wide, unless the rules above join them.
QList<Piece> pieces(const QString &text)
{
    QList<Piece> out;
    bool space = false;
    char32_t previous = 0;
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (c == u' ' || c == u'\t' || c == u'\n') {
            space = true;
            previous = 0;
            continue;
        }
        const QString s = QString::fromUcs4(&c, 1);
        const bool breakHere =
            out.isEmpty() || space ||
            ((isWide(c) || isWide(previous)) && !mustNotStartLine(c) && !mustNotEndLine(previous));
        if (breakHere) {
            out.append(Piece{s, TerminalText::columns(c), space});
        } else {
            out.last().text += s;
            out.last().columns += TerminalText::columns(c);
        }
        space = false;
        previous = c;
    }
    return out;
}

} // namespace

int TerminalText::columns(char32_t c)
{
    return isWide(c) ? 2 : 1;
}

int TerminalText::columns(QStringView text)
{
    int n = 0;
    for (const char32_t c : text.toUcs4())
        n += columns(c);
    return n;
}

QStringList TerminalText::wrap(const QString &text, int width)
{
    QStringList lines;
    QString line;
    int used = 0;
    for (const Piece &piece : pieces(text)) {
        const int needed = piece.columns + (piece.spaceBefore && used > 0 ? 1 : 0);
        if (used > 0 && used + needed > width) {
            lines.append(line);
            line.clear();
            used = 0;
        }
        if (piece.spaceBefore && used > 0) {
            line += u' ';
            ++used;
        }
        line += piece.text;
        used += piece.columns;
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines.append(line);
    return lines;
}

int TerminalText::terminalWidth()
{
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && columns >= 40 ? std::min(columns, 200) : 80;
}
