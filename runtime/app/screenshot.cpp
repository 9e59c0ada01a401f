#include "screenshot.h"

#include <GL/gl.h>
#include <stb/stb_image_write.h>

#include <vector>

namespace lectern::app {

bool writeFramebufferPng(const std::string& path, int width, int height, std::string& error) {
    if (width <= 0 || height <= 0) {
        error = "the window has no size to capture";
        return false;
    }
    std::vector<unsigned char> pixels(static_cast<size_t>(width) * height * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // OpenGL's rows go bottom-up; PNG's top-down: write with a negative stride from the last row.
    const int stride = width * 4;
    const unsigned char* lastRow = pixels.data() + static_cast<size_t>(height - 1) * stride;
    if (!stbi_write_png(path.c_str(), width, height, 4, lastRow, -stride)) {
        error = "cannot write " + path + " (is the folder writable?)";
        return false;
    }
    return true;
}

} // namespace lectern::app
