#include "testregistry.h"

#include "client/uilanguage.h"
#include "ui/stepheader.h"

#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

// The header of every step: the fields below it must not move from one step
// to the next, whichever name is bold.
class TestStepHeader : public QObject
{
    Q_OBJECT

    // The header's height as a page lays it out at `width`.
    static int laidOutHeight(int width, int current, bool stepThreeSkipped)
    {
        QWidget page;
        auto layout = new QVBoxLayout(&page);
        auto header = new StepHeader;
        header->setCurrent(WizardPageId(current));
        header->setSkipped(AdditionalInfoPageId, stepThreeSkipped);
        layout->addWidget(header);
        layout->addStretch();
        page.resize(width, 600);
        page.show();
        if (!QTest::qWaitForWindowExposed(&page))
            return -1;
        QCoreApplication::processEvents();
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
};

MOSHIKOMI_TEST(TestStepHeader)
#include "tst_stepheader.moc"
