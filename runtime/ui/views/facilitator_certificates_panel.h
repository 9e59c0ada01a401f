// FacilitatorCertificatesPanel: "Issue certificates" in facilitator mode: one for every
// learner who completed the course, into a folder the facilitator chooses (typed; the
// default is ~/Documents/Lectern certificates/<today>), on the certificates' worker
// (certificate/certificate_jobs.h). Says how many were issued and how many have not completed.
#pragma once
#include "ui/ui_env.h"
#include "ui/widgets/folder_field.h"

#include <string>

namespace lectern::ui {

class FacilitatorCertificatesPanel {
public:
    void draw(const UiEnv& env);

private:
    std::string m_folder;  // empty: the default is filled in
    FolderField m_folderField;
    bool m_asked = false;
    int m_seenFinished = -1;
};

} // namespace lectern::ui
