#include "testregistry.h"

#include "client/uilanguage.h"
#include "ui/stepheader.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QLabel>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

// The header of every step: the fields below it must not move from one step
// to the next, whichever name is bold.
class TestStepHeader : public QObject
{
    Q_OBJECT

    // A page with the header on top, shown at `width` (or at its least, when
    // narrower) and laid out.
    static std::unique_ptr<QWidget> shownPage(int width, int current, bool stepThreeSkipped)
    {
        auto page = std::make_unique<QWidget>();
        auto layout = new QVBoxLayout(page.get());
        auto header = new StepHeader;
        header->setCurrent(WizardPageId(current));
        header->setSkipped(AdditionalInfoPageId, stepThreeSkipped);
        layout->addWidget(header);
        layout->addStretch();
        page->resize(width, 600);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            return nullptr;
        QCoreApplication::processEvents();
        return page;
    }

    // The header's height as a page lays it out at `width`.
    static int laidOutHeight(int width, int current, bool stepThreeSkipped)
    {
        const std::unique_ptr<QWidget> page = shownPage(width, current, stepThreeSkipped);
        if (!page)
            return -1;
        auto header = page->findChild<StepHeader *>();
        // Every name shown whole: no label is shorter than its text needs.
        for (QLabel *label : header->findChildren<QLabel *>())
            if (label->height() < label->heightForWidth(label->width()))
                return -2;
        return header->height();
    }

private Q_SLOTS:
    void cleanupTestCase() { UiLanguage::install(UiLanguage::english()); }

    void sameHeightWhicheverStepIsCurrent_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("width");
        for (const QString &language : {UiLanguage::english(), UiLanguage::japanese()})
            for (int width : {1100, 900, 700, 520})
                QTest::addRow("%s at %d px", qPrintable(language), width) << language << width;
    }
    void sameHeightWhicheverStepIsCurrent()
    {
        QFETCH(QString, language);
        QFETCH(int, width);
        UiLanguage::install(language);
        for (bool skipped : {false, true}) {
            const int first = laidOutHeight(width, CustomerPageId, skipped);
            QVERIFY(first > 0);
            for (int step = DestinationsPageId; step < WizardPageCount; ++step)
                QCOMPARE(laidOutHeight(width, step, skipped), first);
        }
    }

    // What a screen reader says of each step: the skipped step 3 is said to
    // be skipped, as it is drawn, and the current step is said to be current.
    void aSkippedStepIsSaidToBeSkipped_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("skipped");
        QTest::addColumn<QString>("current");
        QTest::newRow("Japanese") << UiLanguage::japanese() << "ステップ 3: 追加情報入力 （省略）"
                                  << "ステップ 4 / 6（現在）: ログインユーザ情報入力";
        QTest::newRow("English") << UiLanguage::english()
                                 << "Step 3: Additional information (skipped)"
                                 << "Step 4 of 6, current: Login users";
    }
    void aSkippedStepIsSaidToBeSkipped()
    {
        QFETCH(QString, language);
        QFETCH(QString, skipped);
        QFETCH(QString, current);
        UiLanguage::install(language);
        const std::unique_ptr<QWidget> page = shownPage(1100, LoginUsersPageId, true);
        QVERIFY(page);
        QStringList names;
        for (QLabel *label : page->findChildren<QLabel *>())
            names << label->accessibleName();
        QVERIFY2(names.contains(skipped), qPrintable(names.join(u'|')));
        QVERIFY2(names.contains(current), qPrintable(names.join(u'|')));
        // Not skipped: said plainly.
        auto header = page->findChild<StepHeader *>();
        header->setSkipped(AdditionalInfoPageId, false);
        names.clear();
        for (QLabel *label : page->findChildren<QLabel *>())
            names << label->accessibleName();
        QVERIFY2(!names.contains(skipped), qPrintable(names.join(u'|')));
    }

    // A name wraps only where it may: at a space, or where its translation
    // marks it (4 ログインユーザ / 情報入力), never inside a word (4 ログインユーザ情報入 /
    // 力), with its number, and every line fits; also in a large font and at
    // the narrowest.
    void aNameIsNotBrokenInside_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("points");
        for (const QString &language : {UiLanguage::english(), UiLanguage::japanese()})
            for (int points : {9, 10, 11, 12, 13, 14})
                QTest::addRow("%s at %d pt", qPrintable(language), points) << language << points;
    }
    void aNameIsNotBrokenInside()
    {
        QFETCH(QString, language);
        QFETCH(int, points);
        UiLanguage::install(language);
        const QFont before = QApplication::font();
        const auto restore = qScopeGuard([&before] { QApplication::setFont(before); });
        QFont sized = before;
        sized.setPointSize(points);
        QApplication::setFont(sized);
        const QRegularExpression breakable(QStringLiteral("[ \\x{200b}]"));
        for (int current = CustomerPageId; current < WizardPageCount; ++current) {
            // Narrower than it can be: laid out at its least.
            const std::unique_ptr<QWidget> page = shownPage(300, current, true);
            QVERIFY(page);
            auto header = page->findChild<StepHeader *>();
            const QList<QLabel *> labels = header->findChildren<QLabel *>();
            QCOMPARE(labels.size(), qsizetype(StepHeader::StepCount));
            for (int step = 0; step < StepHeader::StepCount; ++step) {
                QLabel *label = labels.at(step);
                QString marked =
                    QString::number(step + 1) + u' ' + StepHeader::markedName(WizardPageId(step));
                if (step == AdditionalInfoPageId && current != step) // the current step is bold
                    marked += u' ' + StepHeader::tr("(skipped)");
                const QStringList pieces = marked.split(breakable, Qt::SkipEmptyParts);
                const QStringList lines = label->text().split(u'\n');
                QVERIFY2(lines.first().startsWith(pieces.value(0) + u' ' + pieces.value(1)),
                         qPrintable(label->text()));
                qsizetype next = 0;
                for (const QString &line : lines) {
                    QVERIFY2(QFontMetricsF(label->font()).horizontalAdvance(line) <=
                                 label->contentsRect().width() - 2 * label->margin(),
                             qPrintable(line));
                    // Each word on a line is whole pieces of the name.
                    for (const QString &word : line.split(u' ')) {
                        QString whole;
                        while (whole.size() < word.size() && next < pieces.size())
                            whole += pieces.at(next++);
                        QVERIFY2(whole == word, qPrintable(label->text()));
                    }
                }
                QCOMPARE(next, pieces.size());
            }
        }
    }

    // The header lets the window be narrow (ApplicationWizard's
    // fitsASmallScreen): no wider at its least than 720 px in either language.
    void narrowEnoughForASmallScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ja") << UiLanguage::japanese();
        QTest::newRow("en") << UiLanguage::english();
    }
    void narrowEnoughForASmallScreen()
    {
        QFETCH(QString, language);
        UiLanguage::install(language);
        for (int current = CustomerPageId; current < WizardPageCount; ++current) {
            const std::unique_ptr<QWidget> page = shownPage(300, current, true);
            QVERIFY(page);
            const int least = page->findChild<StepHeader *>()->width();
            QVERIFY2(least <= 720, qPrintable(QString::number(least)));
        }
    }
};

MOSHIKOMI_TEST(TestStepHeader)
#include "tst_stepheader.moc"
