#pragma once

#include <QString>

namespace dibao {

class MainWindow;

// Walks the main screens of a running window and saves each as a PNG (for docs/screenshots via tools/screenshots):
// 工作台, the case list, a case with its sections, the eligibility panel, a case action, a visit, a new application.
class ScreenshotTour {
public:
    // Returns the number of images written; `suffix` tells the scaling apart (e.g. "100", "150").
    static int run(MainWindow &window, const QString &directory, const QString &suffix);
};

} // namespace dibao
