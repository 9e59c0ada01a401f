// A folder typed by the facilitator (where certificates go, a USB stick's progress): Lectern's
// one-line editor (widgets/text_editor.h) with its "Folder" label beside it, after the box, or
// before it (at its right) in a right-to-left interface. A path reads left to right in both.
#pragma once
#include "ui/ui_env.h"
#include "ui/widgets/text_editor.h"

#include <string>

namespace lectern::ui {

class FolderField {
public:
    // Draws the box, `width` px wide, and its label; edits `folder` in place.
    void draw(const UiEnv& env, std::string& folder, float width);

private:
    TextEditor m_box;
};

} // namespace lectern::ui
