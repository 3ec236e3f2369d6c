#include "ui/additionalinfopage_p.h"

#include "ui/additionalinfoeditor.h"
#include "ui/applicationwizard.h"

#include <QScrollArea>
#include <QVBoxLayout>

AdditionalInfoPage::AdditionalInfoPage(QWidget *parent)
    : StepPage(AdditionalInfoPageId, parent)
    , m_editor(new AdditionalInfoEditor)
{
    setTitle(tr("Additional information"));
    setSubTitle(tr("Details this service needs for the application."));
    auto scroll = new QScrollArea(this);
    scroll->setFocusPolicy(Qt::NoFocus); // the fields inside take the focus, not the frame
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    body()->addWidget(scroll);
    registerUserField(ApplicationWizard::listFieldName(FieldTable::AdditionalInfoKey), m_editor);
    connect(m_editor, &AdditionalInfoEditor::valuesChanged, this, &AdditionalInfoPage::changed);
}

void AdditionalInfoPage::setSchema(const AdditionalInfoSchema &schema)
{
    m_editor->setSchema(schema);
}

bool AdditionalInfoPage::isComplete() const
{
    return m_editor->isAcceptable();
}

bool AdditionalInfoPage::revealErrors()
{
    return m_editor->revealErrors();
}

QWidget *AdditionalInfoPage::firstFaultyInput() const
{
    return m_editor->firstFaultyInput();
}
