#include "appqueue.h"
#include "queuefixtures.h"
#include "showactive.h"
#include "testdata.h"
#include "testregistry.h"
#include "wizarddriver.h"

#include "client/localqueue.h"
#include "ui/accessiblecombobox.h"
#include "ui/applicationwizard.h"
#include "ui/choicebox.h"
#include "ui/focusannouncement.h"
#include "ui/prefecturefield.h"
#include "ui/queuewindow.h"
#include "ui/wizardpageid.h"

#include <QAccessible>
#include <QApplication>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

// The objects Qt tells screen readers have the focus (with the child, or
// -1), caught on their way to the AT-SPI bridge while this lives.
class FocusTold
{
public:
    FocusTold()
    {
        s_told.clear();
        m_before = QAccessible::installUpdateHandler([](QAccessibleEvent *event) {
            if (event->type() == QAccessible::Focus)
                s_told.append({event->object(), event->child()});
        });
    }
    ~FocusTold() { QAccessible::installUpdateHandler(m_before); }
    Q_DISABLE_COPY_MOVE(FocusTold)

    bool anyOn(const QObject *object) const
    {
        return std::any_of(s_told.cbegin(), s_told.cend(),
                           [object](const auto &told) { return told.first == object; });
    }
    bool cellOf(const QObject *view) const
    {
        return std::any_of(s_told.cbegin(), s_told.cend(), [view](const auto &told) {
            return told.first == view && told.second >= 0;
        });
    }
    void clear() { s_told.clear(); }
    // The child of the last focus told on `object`: -1 for the object
    // itself, -2 for none.
    int lastChildOf(const QObject *object) const
    {
        for (auto it = s_told.crbegin(); it != s_told.crend(); ++it)
            if (it->first == object)
                return it->second;
        return -2;
    }

private:
    static inline QList<std::pair<QObject *, int>> s_told;
    QAccessible::UpdateHandler m_before = nullptr;
};

// The focus, carets and selections Qt tells screen readers, in order,
// caught while this lives. Made before a window, it is where the app's gate
// (FocusAnnouncement) sends on what it lets through, as to the AT-SPI bridge.
class ArrivalsTold
{
public:
    ArrivalsTold()
    {
        told.clear();
        m_before = QAccessible::installUpdateHandler([](QAccessibleEvent *event) {
            if (event->type() == QAccessible::Focus ||
                event->type() == QAccessible::TextCaretMoved ||
                event->type() == QAccessible::TextSelectionChanged)
                told.append({event->type(), event->object()});
        });
    }
    ~ArrivalsTold() { QAccessible::installUpdateHandler(m_before); }
    Q_DISABLE_COPY_MOVE(ArrivalsTold)

    static inline QList<std::pair<QAccessible::Event, QObject *>> told;

private:
    QAccessible::UpdateHandler m_before = nullptr;
};

// What a screen reader is given, read over the real AT-SPI bus
// (tests/testlib/with-atspi.sh) from the real app: on step 5 the values
// themselves, not only the group titles, so that a blind member of staff
// can read the application back to the customer.
class TestScreenReader : public QObject
{
    Q_OBJECT

    // The accessible tree of the app started with these arguments, one line
    // per showing object.
    static QStringList accessibleTree(const QStringList &arguments,
                                      const QString &systemLanguage = QString())
    {
        QProcess app;
        if (!systemLanguage.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LC_ALL"), systemLanguage);
            env.insert(QStringLiteral("LANG"), systemLanguage);
            app.setProcessEnvironment(env);
        }
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(MOSHIKOMI_APP_BINARY), arguments);
        if (!app.waitForStarted())
            return {};
        QProcess dump;
        dump.start(QStringLiteral("/usr/bin/python3"),
                   {QStringLiteral(MOSHIKOMI_SOURCE_DIR "/tests/testlib/atspi-dump.py"),
                    QString::number(app.processId()), QStringLiteral("30")});
        dump.waitForFinished(60000);
        const QString out = QString::fromUtf8(dump.readAllStandardOutput());
        app.terminate();
        app.waitForFinished(10000);
        QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        // Qt reports the items of closed prefecture pickers of other steps as
        // showing; none of them is on this page. The selected ones stay: they
        // are the pickers' values.
        lines.removeIf([](const QString &l) {
            return l.startsWith(QStringLiteral("list item")) &&
                   !l.endsWith(QStringLiteral("\tselected"));
        });
        return lines;
    }

    // The tree of the app opened (in Japanese) on a draft of `a` saved at `page`.
    static QStringList treeOfDraft(const Application &a, int page)
    {
        QTemporaryDir dir;
        {
            LocalQueue queue;
            if (!queue.open(dir.path(), appQueueOptions()) || !queue.saveDraft(a, page))
                return {};
        }
        return accessibleTree({QStringLiteral("--data-dir"), dir.path(),
                               QStringLiteral("--language"), QStringLiteral("ja"),
                               QStringLiteral("--resume"), a.id.toString(QUuid::WithoutBraces)});
    }

private Q_SLOTS:
    // Step 1 as a screen reader meets it: each field by its name, and
    // whether it must be filled, on the field itself.
    void fieldsSayTheirNameAndWhetherTheyAreRequired()
    {
        QTemporaryDir dir;
        const QStringList tree =
            accessibleTree({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--new"),
                            QStringLiteral("--language"), QStringLiteral("ja")});
        auto object = [&tree](const QString &role, const QString &name) {
            for (const QString &line : tree) {
                const QStringList cols = line.split(u'\t');
                if (cols.value(0) == role && cols.value(1) == name)
                    return cols.value(2);
            }
            return QStringLiteral("(not found)");
        };
        auto field = [&object](const QString &name) {
            return object(QStringLiteral("text"), name);
        };
        QVERIFY2(field(QStringLiteral("会社名")).startsWith(QStringLiteral("必須")),
                 qPrintable(tree.join(u'\n')));
        QVERIFY(field(QStringLiteral("メールアドレス")).startsWith(QStringLiteral("必須。")));
        QVERIFY(field(QStringLiteral("メールアドレス")).contains(QStringLiteral("送信先")));
        QVERIFY(!field(QStringLiteral("部署名")).contains(QStringLiteral("必須")));
        QVERIFY(!field(QStringLiteral("部署名")).contains(QStringLiteral("not found")));
        // The prefecture picker as the other fields: its name and "required",
        // also on the text field inside it that takes the keys.
        QVERIFY2(object(QStringLiteral("combo box"), QStringLiteral("都道府県"))
                     .startsWith(QStringLiteral("必須")),
                 qPrintable(tree.join(u'\n')));
        QVERIFY2(field(QStringLiteral("都道府県")).startsWith(QStringLiteral("必須")),
                 qPrintable(tree.join(u'\n')));
    }

    // Next, Back or a draft opened lands the focus in a step: Orca says the
    // groups the focus enters, so the page is a group named by its step. The
    // six steps above it are a list: as loose labels Orca read all six again
    // each time the focus entered the page (measured with Orca 43).
    void eachStepSaysWhichStepItIs()
    {
        Application a = TestData::validApplication();
        const QStringList tree = treeOfDraft(a, LoginUsersPageId);
        const QString heard = tree.join(u'\n');
        const auto has = [&tree](const QString &role, const QString &name) {
            return std::any_of(tree.cbegin(), tree.cend(), [&](const QString &line) {
                const QStringList cols = line.split(u'\t');
                return cols.value(0) == role && cols.value(1) == name;
            });
        };
        QVERIFY2(
            has(QStringLiteral("panel"), QStringLiteral("ステップ 4 / 6: ログインユーザ情報入力")),
            qPrintable(heard));
        QVERIFY2(has(QStringLiteral("list"), QStringLiteral("ステップ")), qPrintable(heard));
        const bool stepAsLabel = std::any_of(tree.cbegin(), tree.cend(), [](const QString &line) {
            return line.startsWith(QStringLiteral("label\tステップ"));
        });
        QVERIFY2(!stepAsLabel, qPrintable(heard));
    }

    // A prefecture chosen (by the postal code, or resumed from a draft):
    // Qt's own combo box named itself by its value, and "広島県 combo box"
    // did not say that it was the prefecture. The name stays the label; the
    // value is the selected entry of its list, where Orca looks for it.
    void aChosenPrefectureIsNamedByItsLabel()
    {
        const Application a = TestData::validApplication();
        QCOMPARE(a.customer.prefecture, QStringLiteral("34"));
        const QStringList tree = treeOfDraft(a, CustomerPageId);
        const QString heard = tree.join(u'\n');
        QVERIFY2(tree.contains(QStringLiteral("combo box\t都道府県\t必須\t")), qPrintable(heard));
        QVERIFY2(!heard.contains(QStringLiteral("combo box\t広島県")), qPrintable(heard));
        QVERIFY2(tree.contains(QStringLiteral("list item\t広島県\t\t\tselected")),
                 qPrintable(heard));
    }

    // Each key in the search filters the list and keeps a row current; Qt's
    // table told screen readers that row's cell had the focus every time, so
    // the reader left the search field and read a company name per key. The
    // current cell is told when the list itself gets the focus.
    void typingASearchLeavesTheScreenReaderInTheField()
    {
        // Qt's bridge is up (tests/testlib/with-atspi.sh): what it would send
        // is caught on the way.
        QTRY_VERIFY(QAccessible::isActive()); // the bridge connects on first use
        QTemporaryDir dir;
        LocalQueue queue;
        QVERIFY(queue.open(dir.path(), QueueFixtures::options()));
        QVERIFY(!QueueFixtures::awaitingConfirmation(queue).id.isNull());
        QVERIFY(!QueueFixtures::awaitingConfirmation(queue).id.isNull());
        QueueWindow window(&queue);
        QVERIFY(showActive(&window));
        auto list = window.findChild<QTableView *>(QStringLiteral("applications"));
        QTRY_COMPARE(list->model()->rowCount(), 2);
        auto search = window.findChild<QLineEdit *>(QStringLiteral("search"));
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());

        FocusTold told;
        for (const QString &typed :
             {QStringLiteral("見"), QStringLiteral("見守"), QStringLiteral("example"), QString()}) {
            search->setText(typed);
            QTest::qWait(400); // the search waits for a pause in typing
        }
        QTRY_COMPARE(list->model()->rowCount(), 2);
        QVERIFY(list->currentIndex().isValid());
        QVERIFY2(!told.anyOn(list), "the list's current cell was told as the focus");
        // Into the list: its current row is said.
        told.clear();
        list->setFocus();
        QTRY_VERIFY(told.cellOf(list));
    }

    // Tab through step 1 for the first time, as a screen-reader user does:
    // each field reached is told as the focus before anything else about
    // it. Qt told a fresh field's caret first, and Orca took that for the
    // focus arriving, quietly, and then said nothing when the focus was
    // told: not one label on the way through the page.
    void tabIntoAFreshFieldIsToldAsTheFocusFirst()
    {
        QTRY_VERIFY(QAccessible::isActive());
        ArrivalsTold arrivals; // before the wizard: the app's gate stands in front of it
        QList<std::pair<QAccessible::Event, QObject *>> &told = ArrivalsTold::told;
        WizardDriver d;
        QLineEdit *first = d.edit(QStringLiteral("customer.companyName"));
        QVERIFY(first);
        first->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(first->hasFocus());
        QStringList fields;
        // Through the eleven fields of step 1 and on to the buttons.
        for (int i = 0; i < 12; ++i) {
            told.clear();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            QVERIFY(now);
            QAccessibleInterface *reached = QAccessible::queryAccessibleInterface(now);
            QVERIFY(reached);
            const QString name = reached->text(QAccessible::Name);
            fields << name;
            const auto focusTold = std::find_if(told.cbegin(), told.cend(), [](const auto &e) {
                return e.first == QAccessible::Focus;
            });
            QVERIFY2(focusTold != told.cend(), qPrintable(name));
            const auto inIt = [now](QObject *object) {
                auto widget = qobject_cast<QWidget *>(object);
                return widget &&
                       (widget == now || now->isAncestorOf(widget) || widget->isAncestorOf(now));
            };
            const bool caretFirst = std::any_of(told.cbegin(), focusTold, [&inIt](const auto &e) {
                return e.first == QAccessible::TextCaretMoved && inIt(e.second);
            });
            QVERIFY2(
                !caretFirst,
                qPrintable(QStringLiteral("the caret of %1 was told before its focus").arg(name)));
        }
        // The way went through the page's fields, not around them.
        for (const char *field : {"customer.lastName", "customer.phone"}) {
            QAccessibleInterface *passed =
                QAccessible::queryAccessibleInterface(d.edit(QString::fromLatin1(field)));
            QVERIFY(passed);
            QVERIFY2(fields.contains(passed->text(QAccessible::Name)),
                     qPrintable(fields.join(u", ")));
        }
    }

    // Into a field that already holds something, as a screen-reader user
    // arrives: Enter on step 1 lands in step 2's first field (filled from
    // step 1 as the page opened), Shift+Tab goes back into a filled field
    // (which selects its text). Qt told those fields' caret and selection
    // before their focus; Orca took that for a quiet arrival and then said
    // nothing of the field (Enter into step 2: silence), or only its
    // selected text without its name.
    void arrivingInAFilledFieldIsToldAsTheFocusFirst()
    {
        QTRY_VERIFY(QAccessible::isActive());
        ArrivalsTold arrivals; // before the wizard: the app's gate stands in front of it
        QList<std::pair<QAccessible::Event, QObject *>> &told = ArrivalsTold::told;
        WizardDriver d;
        QVERIFY(showActive(d.wizard()));
        d.fillValidCustomer();
        // Whatever was told of the field the focus is in now, before its focus.
        const auto toldBeforeFocus = []() -> QString {
            QWidget *now = QApplication::focusWidget();
            if (!now)
                return QStringLiteral("no focus");
            const auto inIt = [now](QObject *object) {
                auto widget = qobject_cast<QWidget *>(object);
                return widget &&
                       (widget == now || now->isAncestorOf(widget) || widget->isAncestorOf(now));
            };
            const auto focus = std::find_if(told.cbegin(), told.cend(), [&inIt](const auto &e) {
                return e.first == QAccessible::Focus && inIt(e.second);
            });
            if (focus == told.cend())
                return QStringLiteral("its focus was never told");
            const bool first = std::any_of(told.cbegin(), focus, [&inIt](const auto &e) {
                return e.first != QAccessible::Focus && inIt(e.second);
            });
            return first ? QStringLiteral("its caret or selection came first") : QString();
        };

        QLineEdit *phone = d.edit(QStringLiteral("customer.phone"));
        phone->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(phone->hasFocus());
        told.clear();
        QTest::keyClick(phone, Qt::Key_Return);
        QTRY_COMPARE(d.wizard()->currentId(), int(DestinationsPageId));
        QLineEdit *landed = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(landed);
        QVERIFY2(!landed->text().isEmpty(), "step 2's first field was not filled from step 1");
        QTRY_VERIFY(toldBeforeFocus() != QStringLiteral("its focus was never told"));
        QVERIFY2(toldBeforeFocus().isEmpty(), qPrintable(toldBeforeFocus()));

        // Tab on and back into the filled field: its text selected as the
        // focus arrives.
        QTest::keyClick(landed, Qt::Key_Tab);
        QTRY_VERIFY(!landed->hasFocus());
        told.clear();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
        QTRY_VERIFY(landed->hasFocus());
        QVERIFY(landed->hasSelectedText());
        QVERIFY2(toldBeforeFocus().isEmpty(), qPrintable(toldBeforeFocus()));
        // Its selection and caret are still told once it has the focus.
        told.clear();
        QTest::keyClick(landed, Qt::Key_End);
        const auto caretTold = [&told, landed] {
            return std::any_of(told.cbegin(), told.cend(), [landed](const auto &e) {
                return e.first != QAccessible::Focus && e.second == landed;
            });
        };
        QVERIFY(caretTold());
        // And after its context menu (Menu key, Down, Escape), whose entry
        // was told as the focus: the keys are back in the field, which Qt
        // does not tell again.
        bool menuShown = false;
        const QObject *menuTold = nullptr; // compared, never used: it is deleted on close
        QTimer::singleShot(300, [&menuShown, &menuTold] {
            QWidget *menu = QApplication::activePopupWidget();
            menuShown = menu;
            menuTold = menu;
            if (!menu)
                return;
            QTest::keyClick(menu, Qt::Key_Down);
            QTest::keyClick(menu, Qt::Key_Escape);
        });
        told.clear();
        // As the Menu key does (QTest's keys do not reach the window's).
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, landed->rect().center(),
                                  landed->mapToGlobal(landed->rect().center()));
        QApplication::sendEvent(landed, &menuKey);
        QTRY_VERIFY(menuShown);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QVERIFY(std::any_of(told.cbegin(), told.cend(), [menuTold](const auto &e) {
            return e.first == QAccessible::Focus && e.second == menuTold;
        }));
        told.clear();
        QTest::keyClick(landed, Qt::Key_Home);
        QVERIFY(caretTold());
    }

    // Tab into a list (the timeline of an application's details): Qt
    // makes an entry current as the list gets the focus and tells it before
    // the list's own focus, which Orca then read over it: "経過 tree", and
    // the entry was not said (nor by Down, on a timeline of one entry). The
    // current entry is told after the list.
    void tabIntoAListSaysItsCurrentEntry()
    {
        QTRY_VERIFY(QAccessible::isActive());
        FocusTold told; // before the gate, which then stands in front of it
        FocusAnnouncement::install();
        QWidget window;
        auto layout = new QVBoxLayout(&window);
        auto before = new QLineEdit(&window);
        auto timeline = new QTreeWidget(&window);
        timeline->setAccessibleName(QStringLiteral("経過"));
        timeline->setRootIsDecorated(false);
        timeline->setHeaderLabels({QStringLiteral("日時"), QStringLiteral("内容")});
        new QTreeWidgetItem(timeline,
                            {QStringLiteral("2026/11/30 2:28:36"), QStringLiteral("入力途中")});
        layout->addWidget(before);
        layout->addWidget(timeline);
        QVERIFY(showActive(&window));
        before->setFocus();
        QTRY_VERIFY(before->hasFocus());
        told.clear();
        QTest::keyClick(before, Qt::Key_Tab);
        QTRY_VERIFY(timeline->hasFocus());
        QVERIFY(timeline->currentIndex().isValid());
        QVERIFY2(told.lastChildOf(timeline) >= 0,
                 qPrintable(QString::number(told.lastChildOf(timeline))));
    }

    // Chosen with the arrow keys while the list is closed: Orca waits for a
    // selection of the list, which Qt 6.4 does not give over AT-SPI, and
    // said nothing. The new value is told as text put in, selected whole,
    // which Orca says ("入力途中", "送信待ち", measured with Orca 43).
    void aChoiceMadeWithTheListClosedIsTold()
    {
        QTRY_VERIFY(QAccessible::isActive());
        AccessibleComboBox::install();
        QWidget window;
        auto layout = new QVBoxLayout(&window);
        auto choice = new ChoiceBox(&window);
        choice->setAccessibleName(QStringLiteral("表示"));
        layout->addWidget(choice);
        choice->addChoice(QStringLiteral("すべての申込み"), QString(), {});
        choice->addChoice(QStringLiteral("入力途中"), QStringLiteral("draft"), {});
        choice->addChoice(QStringLiteral("送信待ち"), QStringLiteral("queued"), {});
        // As a screen reader does when it meets the combo box.
        QVERIFY(QAccessible::queryAccessibleInterface(choice));
        QVERIFY(showActive(&window));
        choice->setFocus();
        QTRY_VERIFY(choice->hasFocus());

        static QStringList inserted;
        inserted.clear();
        const QAccessible::UpdateHandler before =
            QAccessible::installUpdateHandler([](QAccessibleEvent *event) {
                if (event->type() == QAccessible::TextInserted)
                    inserted << static_cast<QAccessibleTextInsertEvent *>(event)->textInserted();
            });
        QTest::keyClick(choice, Qt::Key_Down);
        QTest::keyClick(choice, Qt::Key_Down);
        QTest::keyClick(choice, Qt::Key_Up);
        // Chosen by the program while the focus is elsewhere: not told.
        choice->clearFocus();
        choice->setCurrentIndex(2);
        QAccessible::installUpdateHandler(before);
        QCOMPARE(inserted, QStringList({QStringLiteral("入力途中"), QStringLiteral("送信待ち"),
                                        QStringLiteral("入力途中")}));

        QAccessibleTextInterface *text =
            QAccessible::queryAccessibleInterface(choice)->textInterface();
        QVERIFY(text);
        QCOMPARE(text->selectionCount(), 1);
        int start = -1;
        int end = -1;
        text->selection(0, &start, &end);
        QCOMPARE(start, 0);
        QCOMPARE(end, 4);
    }

    // A postal code typed chooses the prefecture: the picker's list marks it
    // (where a screen reader finds the value) without telling it as the
    // focus, which would take the reader away from the postal code.
    void aPrefectureChosenForTheTypistIsNotTheFocus()
    {
        QTRY_VERIFY(QAccessible::isActive());
        QWidget window;
        auto layout = new QVBoxLayout(&window);
        auto typing = new QLineEdit(&window);
        auto prefecture = new PrefectureField(QStringLiteral("都道府県"), &window);
        layout->addWidget(typing);
        layout->addWidget(prefecture);
        AccessibleComboBox::install();
        QVERIFY(showActive(&window));
        typing->setFocus();
        QTRY_VERIFY(typing->hasFocus());
        QAccessibleInterface *picker =
            QAccessible::queryAccessibleInterface(prefecture->comboBox());
        QVERIFY(picker);
        FocusTold told;
        prefecture->setCode(QStringLiteral("34"));
        const QString chosen = prefecture->comboBox()->currentText(); // 広島県 or Hiroshima
        QVERIFY(!chosen.isEmpty());
        QCOMPARE(picker->text(QAccessible::Value), chosen);
        QAccessibleInterface *list = picker->child(0);
        QVERIFY(list);
        bool marked = false;
        for (int i = 0; i < list->childCount(); ++i)
            marked |= list->child(i)->state().selected &&
                      list->child(i)->text(QAccessible::Name) == chosen;
        QVERIFY(marked);
        QVERIFY2(!told.anyOn(prefecture->comboBox()->view()),
                 "the picker's entry was told as the focus");
        QVERIFY(typing->hasFocus());
    }

    // The product's language is Japanese: a computer set up in English
    // (a company laptop, a new install) opens it in Japanese all the same
    // until someone picks English with the button.
    void anEnglishComputerOpensItInJapanese()
    {
        QTemporaryDir dir;
        const QStringList tree =
            accessibleTree({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--new")},
                           QStringLiteral("en_US.UTF-8"));
        const auto has = [&tree](const QString &role, const QString &name) {
            return std::any_of(tree.cbegin(), tree.cend(), [&](const QString &line) {
                const QStringList cols = line.split(u'\t');
                return cols.value(0) == role && cols.value(1) == name;
            });
        };
        QVERIFY2(has(QStringLiteral("text"), QStringLiteral("会社名")),
                 qPrintable(tree.join(u'\n')));
        QVERIFY2(!has(QStringLiteral("text"), QStringLiteral("Company name")),
                 qPrintable(tree.join(u'\n')));
    }

    void theReviewPageReadsOutTheValues()
    {
        Application a = TestData::validApplication();
        a.destinations[0].companyName = QStringLiteral("株式会社送付先倉庫");
        a.destinations[0].phone = QStringLiteral("0829998888");
        a.loginUsers[0].email = QStringLiteral("portal.user@example.co.jp");
        a.loginUsers[0].emailConfirm = a.loginUsers[0].email;
        const QStringList tree = treeOfDraft(a, ReviewPageId);
        QVERIFY2(tree.size() > 10, qPrintable(tree.join(u'\n')));
        const QString heard = tree.join(u'\n');
        if (qEnvironmentVariableIsSet("MOSHIKOMI_SHOW_TREE"))
            qInfo().noquote() << heard;
        // The page is the review page…
        QVERIFY2(heard.contains(QStringLiteral("確認")), qPrintable(heard));
        // …and each value is said, with what it is.
        for (const QString &value :
             {a.customer.companyName, a.customer.email, QStringLiteral("733-0001"),
              QStringLiteral("広島県"), a.customer.address, a.customer.phone,
              a.destinations[0].companyName, a.destinations[0].phone, a.loginUsers[0].email}) {
            QVERIFY2(heard.contains(value), qPrintable(value + u'\n' + heard));
        }
        // A value comes with the name of its field, on the object of its group.
        bool companyWithLabel = false;
        for (const QString &line : tree)
            companyWithLabel |= line.contains(QStringLiteral("基本情報入力")) &&
                                line.contains(QStringLiteral("会社名: ") + a.customer.companyName);
        QVERIFY2(companyWithLabel, qPrintable(heard));
        // The button that submits says what it does and its key, as Next does.
        bool submitSaid = false;
        for (const QString &line : tree)
            submitSaid |= line.startsWith(QStringLiteral("push button\t申込み(S)\t")) &&
                          line.contains(QStringLiteral("Alt+S"));
        QVERIFY2(submitSaid, qPrintable(heard));
    }
};

MOSHIKOMI_TEST(TestScreenReader)
#include "tst_screenreader.moc"
