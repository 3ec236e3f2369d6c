#pragma once

#include "ui/wizardpageid.h"

#include <QWidget>

class QFontMetricsF;
class QLabel;

// The six steps of the customer form (1 基本情報入力 … 6 確認メール送信), the
// current one highlighted and step 3 marked as skipped when it has no fields.
// Every step's header has the same height at a given width, whichever step is
// current (a bold name that wraps would otherwise move the fields below it
// from one step to the next). A name wraps only at a space or where its
// translation marks it (4 ログインユーザ / 情報入力), never inside a word.
class StepHeader : public QWidget
{
    Q_OBJECT
public:
    explicit StepHeader(QWidget *parent = nullptr);

    void setCurrent(WizardPageId step);
    void setSkipped(WizardPageId step, bool skipped);
    static QString stepName(WizardPageId step);
    // The name with the marks (U+200B) of where it may wrap in the header.
    static QString markedName(WizardPageId step);
    // `text` in lines no wider than `width`, broken only at its spaces and at
    // the marks of where a name may wrap.
    static QString laidOut(const QString &text, const QFontMetricsF &metrics, qreal width);
    static constexpr int StepCount = WizardPageCount;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void keepHeightAcrossSteps();
    void keepWidthsEqual();
    void layOutNames();
    QString labelText(int step) const;
    QString shownText(int step) const; // with its marks
    qreal textWidth(const QLabel *label) const;

    QList<QLabel *> m_labels;
    int m_current = 0;
    QList<bool> m_skipped;
    int m_measuredWidth = -1;
};
