#include "ui/additionalinfopage_p.h"

#include "ui/additionalinfoeditor.h"
#include "ui/applicationwizard.h"
#include "ui/followingscrollarea.h"

#include <QVBoxLayout>

AdditionalInfoPage::AdditionalInfoPage(QWidget *parent)
    : StepPage(AdditionalInfoPageId, parent)
    , m_editor(new AdditionalInfoEditor)
{
    setTitle(tr("Additional information"));
    setSubTitle(tr("Details this service needs for the application."));
    body()->addWidget(new FollowingScrollArea(m_editor, this));
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
