#include "client/uilanguage.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "moshikomi.language")

namespace {
QString g_current = UiLanguage::english();
QTranslator *g_own = nullptr;
QTranslator *g_qt = nullptr;

void removeInstalled()
{
    for (QTranslator **t : {&g_own, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}
} // namespace

namespace {
// Japanese text set in a Japanese face throughout, Latin included: one face
// reads evenly and spares looking up a fallback font for every label.
void applyFont(bool japanese)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return; // no text is drawn (the service)
    static const QFont original = QGuiApplication::font();
    QFont font = original;
    if (japanese)
        font.setFamilies({QStringLiteral("IPAexGothic"), QStringLiteral("IPAGothic"),
                          QStringLiteral("Noto Sans CJK JP"), original.family()});
    QGuiApplication::setFont(font);
}
} // namespace

QString UiLanguage::forSystemLanguage(QLocale::Language system)
{
    // Japanese on a Japanese system, English on one set to another language;
    // with no language set at all (the C/POSIX locale), the product's own
    // language, Japanese.
    return system == QLocale::Japanese || system == QLocale::C ? japanese() : english();
}

QString UiLanguage::terminalDefault()
{
    return forSystemLanguage(QLocale::system().language());
}

MessageCatalog::Language UiLanguage::messages()
{
    return MessageCatalog::fromName(current());
}

QString UiLanguage::current()
{
    return g_current;
}

bool UiLanguage::install(const QString &language)
{
    removeInstalled();
    g_current = language == japanese() ? japanese() : english();
    QLocale::setDefault(QLocale(g_current == japanese() ? QLocale::Japanese : QLocale::English,
                                g_current == japanese() ? QLocale::Japan : QLocale::UnitedStates));
    applyFont(g_current == japanese());
    auto own = new QTranslator;
    const bool ok = own->load(QStringLiteral(":/i18n/moshikomi_%1.qm").arg(g_current));
    if (ok) {
        QCoreApplication::installTranslator(own);
        g_own = own;
    } else {
        qCWarning(lcLanguage) << "no translation for" << g_current;
        delete own;
    }
    auto qt = new QTranslator;
    if (qt->load(QStringLiteral("qtbase_%1").arg(g_current),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qt = qt;
    } else {
        delete qt;
    }
    return ok;
}
