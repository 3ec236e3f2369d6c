#include "ui/keyboardhelp.h"
#include "ui/screenfit.h"

#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
QString keys(std::initializer_list<QKeySequence> sequences)
{
    QStringList shown;
    for (const QKeySequence &k : sequences)
        shown << k.toString(QKeySequence::NativeText);
    return shown.join(QStringLiteral(" / "));
}
} // namespace

KeyboardHelp::KeyboardHelp(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keys"));
    setObjectName(QStringLiteral("keyboardHelp"));
    using Row = std::pair<QString, QString>;
    const QKeySequence enter(Qt::Key_Enter); // said "Enter", as on the key
    const QList<std::pair<QString, QList<Row>>> sections{
        {tr("Entering an application"),
         {
             {keys({QKeySequence(Qt::Key_Tab), QKeySequence(Qt::SHIFT | Qt::Key_Tab)}),
              tr("Next field, previous field")},
             {keys({enter, QKeySequence(Qt::ALT | Qt::Key_N)}),
              tr("Next step; on an incomplete step, every message and the first field at fault")},
             {keys({QKeySequence(Qt::ALT | Qt::Key_B)}),
              tr("Previous step (nothing typed is lost)")},
             {keys({QKeySequence(Qt::Key_Down)}), tr("In a postal code, list its towns (the one "
                                                     "chosen fills in prefecture and address)")},
             {keys({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}),
              tr("Add a destination (step 2) or a login user (step 4)")},
             {keys({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)}),
              tr("Remove the destination or user with the focus (asked first if it holds "
                 "something typed)")},
             {keys({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}),
              tr("Copy the previous destination into this one")},
             {keys({QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_PageDown),
                    QKeySequence(Qt::CTRL | Qt::Key_Home), QKeySequence(Qt::CTRL | Qt::Key_End)}),
              tr("Scroll the review, wherever the focus is")},
             {keys({QKeySequence(Qt::ALT | Qt::Key_R)}), tr("Back to the review after a Change…")},
             {keys({QKeySequence(Qt::ALT | Qt::Key_S)}), tr("Submit (on the review, after an OK)")},
             {keys({QKeySequence(Qt::CTRL | Qt::Key_N), QKeySequence(Qt::ALT | Qt::Key_P)}),
              tr("After submitting: a new application; copy the application number")},
             {keys({QKeySequence(Qt::ALT | Qt::Key_L)}), tr("The applications list")},
         }},
        {tr("The applications list"),
         {
             {keys({QKeySequence(Qt::CTRL | Qt::Key_F)}), tr("Search")},
             {keys({QKeySequence(Qt::ALT | Qt::Key_H)}), tr("Show only some states")},
             {keys({enter}), tr("Open a draft or a rejected application; the story of any other")},
             {keys({QKeySequence(Qt::CTRL | Qt::Key_I)}), tr("Details")},
             {keys({QKeySequence(Qt::CTRL | Qt::Key_C)}), tr("Copy the application number")},
             {keys({QKeySequence(Qt::Key_Delete)}), tr("Delete a draft (asked first)")},
             {keys({QKeySequence(Qt::Key_Menu)}), tr("The row's actions, and the order")},
             {keys({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)}), tr("Sync now")},
             {keys({QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_W)}),
              tr("Close the list")},
         }},
        {tr("Everywhere"),
         {
             {keys({QKeySequence(Qt::CTRL | Qt::Key_Comma)}), tr("Connection to the service")},
             {keys({QKeySequence(Qt::Key_F1)}), tr("These keys")},
             {keys({QKeySequence(Qt::CTRL | Qt::Key_Q)}),
              tr("End the application (what was typed is kept as a draft)")},
         }},
    };
    QString html;
    QStringList plain;
    for (const auto &[title, rows] : sections) {
        html += QStringLiteral("<h3>%1</h3><table cellspacing=\"2\" cellpadding=\"3\">")
                    .arg(title.toHtmlEscaped());
        plain << title;
        for (const auto &[key, what] : rows) {
            html += QStringLiteral("<tr><td style=\"padding-right:16px; white-space:nowrap;\">"
                                   "<b>%1</b></td><td>%2</td></tr>")
                        .arg(key.toHtmlEscaped(), what.toHtmlEscaped());
            plain << key + QStringLiteral(": ") + what;
        }
        html += QStringLiteral("</table>");
    }
    m_plain = plain.join(u'\n');
    auto text = new QLabel(html);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Named by what it shows: Orca reads a dialog's texts of a few words as
    // it opens, and "キー操作 dialog" was all that F1 said when the text was
    // named by the title and held the keys in its description.
    text->setAccessibleName(m_plain);
    auto scroll = new QScrollArea;
    scroll->setWidget(text);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    ScreenFit::resize(this, QSize(620, 560));
}

void KeyboardHelp::showOver(QWidget *window)
{
    auto help = new KeyboardHelp(window);
    help->setAttribute(Qt::WA_DeleteOnClose);
    help->open();
}
