// CertificateOffer: the completion page's certificate (CompletionHooks::drawCertificate).
// When the course is complete and the issuer's key exists on this computer, "Save certificate
// (PDF)" issues the learner's on the certificates' worker (certificate/certificate_jobs.h) and
// says where it was saved, or why not. The key is looked for on that worker, never here.
#pragma once
#include "ui/ui_env.h"

namespace lectern::ui {

class CertificateOffer {
public:
    void draw(const UiEnv& env);

private:
    bool m_keyAsked = false;
    int m_seenFinished = -1;  // the jobs' count when this learner's save was asked
    LearnerId m_learner = 0;
};

} // namespace lectern::ui
