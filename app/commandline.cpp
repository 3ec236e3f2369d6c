#include "app/commandline.h"

#include "messages/terminaltext.h"

#include "client/connectionsettings.h"
#include "client/localqueue.h"
#include "client/uilanguage.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSslCertificate>
#include <QUrl>
#include <QUuid>

namespace {

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption help{QStringList{QStringLiteral("h"), QStringLiteral("help")},
                            CommandLine::tr("Show this help and exit.")};
    QCommandLineOption version{QStringList{QStringLiteral("v"), QStringLiteral("version")},
                               CommandLine::tr("Show the version and exit.")};
    QCommandLineOption dataDir{QStringLiteral("data-dir"),
                               CommandLine::tr("Keep the local queue and settings in DIR (also "
                                               "MOSHIKOMI_DATA_DIR)."),
                               QStringLiteral("DIR")};
    QCommandLineOption language{QStringLiteral("language"),
                                CommandLine::tr("UI language: ja or en (remembered)."),
                                QStringLiteral("LANG")};
    QCommandLineOption schema{QStringLiteral("additional-info"),
                              CommandLine::tr("Use the step-3 schema in FILE (JSON) and keep it "
                                              "as the cached schema."),
                              QStringLiteral("FILE")};
    QCommandLineOption resume{
        QStringLiteral("resume"),
        CommandLine::tr("Resume the draft with this id without asking (or one the "
                        "service refused, to correct it)."),
        QStringLiteral("ID")};
    QCommandLineOption fresh{QStringLiteral("new"),
                             CommandLine::tr("Start a new application without offering drafts.")};
    QCommandLineOption service{QStringLiteral("service-url"),
                               CommandLine::tr("The central service to send applications to "
                                               "(remembered); the staff token is the one the "
                                               "connection settings keep in the keychain, or "
                                               "MOSHIKOMI_STAFF_TOKEN for this session."),
                               QStringLiteral("URL")};
    QCommandLineOption syncOnly{QStringLiteral("sync"),
                                CommandLine::tr("Send the applications waiting in the queue and "
                                                "fetch what the service says, without a window; "
                                                "exit code 0 when nothing is left waiting.")};
    QCommandLineOption caFile{QStringLiteral("ca-file"),
                              CommandLine::tr("Trust only this CA certificate (PEM) for the "
                                              "service (remembered)."),
                              QStringLiteral("FILE")};

    Parser()
    {
        parser.setApplicationDescription(
            CommandLine::tr("Moshikomi: enter applications for the cyber security monitoring "
                            "service on behalf of customers."));
        parser.addOptions(all());
    }
    QList<QCommandLineOption> all() const
    {
        return {help, version, dataDir, language, schema, resume, fresh, service, caFile, syncOnly};
    }
};

// Why the schema file cannot be used, in the UI language: which field and
// what is wrong with it.
QString schemaFaultText(const AdditionalInfoSchema::Fault &fault)
{
    using K = AdditionalInfoSchema::Fault::Kind;
    const int n = fault.field + 1; // people count from 1
    switch (fault.kind) {
    case K::None:
        return {};
    case K::NotJson:
        return CommandLine::tr("it is not valid JSON (%1 at byte %2).")
            .arg(fault.detail)
            .arg(fault.offset);
    case K::NotAnObject:
        return CommandLine::tr("it is not a JSON object.");
    case K::NoVersion:
        return CommandLine::tr("it has no \"version\".");
    case K::FieldsNotAnArray:
        return CommandLine::tr("its \"fields\" is not a list.");
    case K::MissingOrDuplicateKey:
        return CommandLine::tr("field %1 has no \"key\", or one that another field has.").arg(n);
    case K::UnknownType:
        return CommandLine::tr("field %1 has a \"type\" this version does not know.").arg(n);
    case K::UnanchorablePattern:
        return CommandLine::tr("the \"pattern\" of field %1 cannot be applied to a whole value.")
            .arg(n);
    case K::InvalidPattern:
        return CommandLine::tr("the \"pattern\" of field %1 is not a valid regular expression.")
            .arg(n);
    case K::InvalidLimit:
        return CommandLine::tr("field %1 has an invalid \"min\", \"max\" or \"maxLength\".").arg(n);
    case K::EmptyRange:
        return CommandLine::tr("field %1 has a \"min\" above its \"max\": no value could be "
                               "entered.")
            .arg(n);
    case K::ChoiceWithoutOptions:
        return CommandLine::tr("field %1 is a choice without \"options\".").arg(n);
    case K::InvalidOption:
        return CommandLine::tr("field %1 has an option without a \"value\", or two options with "
                               "the same \"value\".")
            .arg(n);
    }
    return {};
}

// Reads the --additional-info file into `json` and `schema`; why it cannot be
// used, or empty when it can.
QString schemaFileMistake(const QString &path, QByteArray *json, AdditionalInfoSchema *schema)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile in(path);
    if (!in.exists())
        return CommandLine::tr("The additional information schema %1 was not found.").arg(shown);
    constexpr qint64 MaxSchemaBytes = 1024 * 1024;
    if (in.size() > MaxSchemaBytes)
        return CommandLine::tr("The additional information schema %1 is larger than 1 MiB and "
                               "was not used.")
            .arg(shown);
    if (!in.open(QIODevice::ReadOnly))
        return CommandLine::tr("The additional information schema %1 cannot be used: %2")
            .arg(shown, in.errorString());
    *json = in.readAll();
    AdditionalInfoSchema::Fault fault;
    *schema = AdditionalInfoSchema::fromJson(*json, &fault);
    if (!schema->isValid())
        return CommandLine::tr("The additional information schema %1 cannot be used: %2")
            .arg(shown, schemaFaultText(fault));
    return {};
}

// Qt's help counts characters; a terminal gives a Japanese one two columns.
QString helpText(const Parser &p, const QString &program)
{
    const int width = TerminalText::terminalWidth();
    QStringList out{CommandLine::tr("Usage: %1 [options]").arg(program)};
    out += TerminalText::wrap(p.parser.applicationDescription(), width);
    out += QString();
    out += CommandLine::tr("Options:");
    QList<QPair<QString, QString>> rows;
    int nameColumns = 0;
    for (const QCommandLineOption &option : p.all()) {
        QStringList names;
        for (const QString &name : option.names())
            names += (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        QString left = QStringLiteral("  ") + names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            left += QStringLiteral(" <%1>").arg(option.valueName());
        nameColumns = std::max(nameColumns, TerminalText::columns(left));
        rows.append({left, option.description()});
    }
    const int indent = std::min(nameColumns + 2, width / 2);
    const QString padding(indent, u' ');
    for (const auto &[left, description] : std::as_const(rows)) {
        const QStringList lines = TerminalText::wrap(description, width - indent);
        const int leftColumns = TerminalText::columns(left);
        qsizetype first = 0;
        if (leftColumns + 2 <= indent) {
            out += left + QString(indent - leftColumns, u' ') + lines.constFirst();
            first = 1;
        } else {
            out += left;
        }
        for (qsizetype i = first; i < lines.size(); ++i)
            out += padding + lines.at(i);
    }
    return out.join(u'\n') + u'\n';
}

} // namespace

QString CommandLine::languageFor(const QStringList &arguments, const QString &otherwise)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString value;
        if (arguments[i] == u"--language" && i + 1 < arguments.size())
            value = arguments[i + 1];
        else if (arguments[i].startsWith(QLatin1StringView("--language=")))
            value = arguments[i].mid(11);
        if (value == UiLanguage::japanese() || value == UiLanguage::english())
            return value;
    }
    const QString remembered = QSettings().value(QStringLiteral("language")).toString();
    if (remembered == UiLanguage::japanese() || remembered == UiLanguage::english())
        return remembered;
    return otherwise;
}

QString CommandLine::serviceUrlMistake(const QString &url)
{
    // The settings dialog's rule: the token never travels unencrypted
    // (http:// only to a service on this computer).
    switch (ConnectionSettings::checkServiceUrl(url)) {
    case ConnectionSettings::Fault::None:
        return {};
    case ConnectionSettings::Fault::UrlNotHttps:
        return tr("--service-url %1: give an https:// address (http:// only for a service on "
                  "this computer: the token must not travel unencrypted).")
            .arg(url);
    default:
        return tr("--service-url %1: give an https:// address.").arg(url);
    }
}

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    Parser p;
    Result r;
    if (!p.parser.parse(arguments)) {
        r.action = Action::Mistake;
        r.text = p.parser.errorText();
        return r;
    }
    if (p.parser.isSet(p.help)) {
        r.action = Action::Help;
        r.text = helpText(p, QFileInfo(arguments.value(0, QStringLiteral("moshikomi"))).fileName());
        return r;
    }
    if (p.parser.isSet(p.version)) {
        r.action = Action::Version;
        r.text =
            QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
        return r;
    }
    if (!p.parser.positionalArguments().isEmpty()) {
        r.action = Action::Mistake;
        r.text = tr("Unexpected argument \"%1\" (see --help).")
                     .arg(p.parser.positionalArguments().constFirst());
        return r;
    }
    Options &o = r.options;
    o.language = p.parser.value(p.language);
    if (p.parser.isSet(p.language) && o.language != UiLanguage::japanese() &&
        o.language != UiLanguage::english()) {
        r.action = Action::Mistake;
        r.text = tr("Unknown language \"%1\": use ja or en.").arg(o.language);
        return r;
    }
    o.portable = p.parser.isSet(p.dataDir) || !qEnvironmentVariableIsEmpty("MOSHIKOMI_DATA_DIR");
    o.dataDir =
        p.parser.isSet(p.dataDir) ? p.parser.value(p.dataDir) : LocalQueue::defaultDirectory();
    if (o.dataDir.isEmpty()) {
        r.action = Action::Mistake;
        r.text = tr("--data-dir needs a folder.");
        return r;
    }
    o.schemaFile = p.parser.value(p.schema);
    // As --ca-file: said at once, on the terminal when started from one.
    if (!o.schemaFile.isEmpty()) {
        if (const QString mistake = schemaFileMistake(o.schemaFile, &o.schemaJson, &o.schema);
            !mistake.isEmpty()) {
            r.action = Action::Mistake;
            r.text = mistake;
            return r;
        }
    }
    o.resume = p.parser.value(p.resume);
    o.fresh = p.parser.isSet(p.fresh);
    // A number that cannot be one is said at once, as any other mistake in
    // the command (a dialog would wait for a click a script cannot give);
    // whether the queue holds it is known only once the queue is open.
    if (p.parser.isSet(p.resume) && QUuid::fromString(o.resume).isNull()) {
        r.action = Action::Mistake;
        r.text = tr("--resume \"%1\": this is not an application number (it reads like "
                    "3f0c9a2e-8b1d-4c5e-9a7f-2b6d1e0c4a93).")
                     .arg(o.resume);
        return r;
    }
    if (o.fresh && p.parser.isSet(p.resume)) {
        r.action = Action::Mistake;
        r.text = tr("--new and --resume ask for different starts: give one of them.");
        return r;
    }
    o.serviceUrl = ConnectionSettings::completedServiceUrl(p.parser.value(p.service));
    if (!o.serviceUrl.isEmpty()) {
        if (const QString mistake = serviceUrlMistake(o.serviceUrl); !mistake.isEmpty()) {
            r.action = Action::Mistake;
            r.text = mistake;
            return r;
        }
    }
    o.caFile = p.parser.value(p.caFile);
    // As the settings dialog: a file that trusts nothing would fail every
    // connection, later and with less to go on.
    if (!o.caFile.isEmpty() && QSslCertificate::fromPath(o.caFile).isEmpty()) {
        r.action = Action::Mistake;
        r.text = QFile::exists(o.caFile)
                     ? tr("--ca-file %1: this file holds no certificate that can be read (PEM "
                          "or DER).")
                           .arg(o.caFile)
                     : tr("--ca-file %1: no such file.").arg(o.caFile);
        return r;
    }
    // Remembered for the next start, which may be from another folder (a
    // desktop launcher starts in the home folder).
    if (!o.caFile.isEmpty())
        o.caFile = QFileInfo(o.caFile).absoluteFilePath();
    o.syncOnly = p.parser.isSet(p.syncOnly);
    return r;
}

bool CommandLine::windowSystemAvailable(const QStringList &arguments)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
           arguments.contains(QStringLiteral("-platform"));
#else
    Q_UNUSED(arguments);
    return true;
#endif
}

QString CommandLine::noWindowSystemText()
{
    return tr("There is no display to show the window on (DISPLAY is not set). Without a "
              "window, --sync sends the queued applications.");
}
