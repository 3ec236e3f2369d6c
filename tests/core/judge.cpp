// Judges an application file the way the service will: decode, normalise,
// validate, with nothing but the core and its message catalogue linked (no
// Qt Gui, no display). Prints "ok" and the canonical JSON, or one line per
// fault ("path code: message"); exit code 0 when the application holds.
#include "core/applicationrules.h"
#include "core/errorcodes.h"
#include "core/normalizer.h"
#include "core/wirecodec.h"
#include "messages/messagecatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        QTextStream(stderr) << "usage: core_judge APPLICATION.json\n";
        return 2;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << args.at(1) << ": " << file.errorString() << '\n';
        return 2;
    }
    WireCodec::Result decoded = WireCodec::decode(file.readAll());
    FieldErrors errors = decoded.errors;
    const Application normalised = Normalizer::application(decoded.application);
    if (decoded.ok())
        errors = ApplicationRules::validate(normalised, ApplicationRules::Confirmation::Ignore);
    for (const FieldError &e : errors)
        out << e.path << ' ' << ErrorCode::onTheWire(e.code) << ": "
            << MessageCatalog::text(e, MessageCatalog::Language::Japanese) << '\n';
    if (!errors.isEmpty())
        return 1;
    out << "ok\n" << WireCodec::encode(normalised) << '\n';
    return 0;
}
