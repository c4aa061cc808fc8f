#include "IntakeForm.h"
#include "store/DraftStore.h"
namespace dibao {
IntakeForm::IntakeForm(Session &session, const QString &draftId, QWidget *parent) : WorkTab(parent), m_session(session), m_draftId(draftId) {}
QString IntakeForm::draftLabel(const Draft &draft) { return draft.updatedAt; }
}
