#include "testregistry.h"

#include "client/uilanguage.h"
#include "ui/stepheader.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QLabel>
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

    // A name stays whole on its line with its number, also in a large font
    // and at the narrowest: a Japanese name has no spaces to break at, and
    // was broken inside (4 ログインユーザ情報入 / 力).
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
        for (int current = CustomerPageId; current < WizardPageCount; ++current) {
            // Narrower than it can be: laid out at its least.
            const std::unique_ptr<QWidget> page = shownPage(300, current, true);
            QVERIFY(page);
            auto header = page->findChild<StepHeader *>();
            for (QLabel *label : header->findChildren<QLabel *>()) {
                const QStringList words = label->text().split(u' ');
                const QString firstLine = words.value(0) + u' ' + words.value(1);
                // Fractional, as the text is laid out.
                QVERIFY2(QFontMetricsF(label->font()).horizontalAdvance(firstLine) <=
                             label->contentsRect().width() - 2 * label->margin(),
                         qPrintable(firstLine));
            }
        }
    }
};

MOSHIKOMI_TEST(TestStepHeader)
#include "tst_stepheader.moc"
