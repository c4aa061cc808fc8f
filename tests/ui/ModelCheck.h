#pragma once

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace dibao::uitest {

// QAbstractItemModelTester in Warning mode: its default mode reports nothing under GoogleTest (DESIGN.md). Every
// "qt.modeltest" warning becomes a test failure while a ModelCheck lives.
class ModelCheck {
public:
    explicit ModelCheck(QAbstractItemModel *model)
    {
        if (s_active++ == 0)
            s_previous = qInstallMessageHandler(&ModelCheck::handler);
        m_tester = std::make_unique<QAbstractItemModelTester>(model,
                                                              QAbstractItemModelTester::FailureReportingMode::Warning);
    }
    ~ModelCheck()
    {
        m_tester.reset();
        if (--s_active == 0)
            qInstallMessageHandler(s_previous);
    }

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (context.category && qstrcmp(context.category, "qt.modeltest") == 0 && type != QtDebugMsg
            && type != QtInfoMsg) {
            ADD_FAILURE() << "QAbstractItemModelTester: " << message.toStdString();
            return;
        }
        if (s_previous)
            s_previous(type, context, message);
    }
    inline static QtMessageHandler s_previous = nullptr;
    inline static int s_active = 0;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

// Keeps a ModelCheck on each of several models for the checker's lifetime.
class ModelChecks {
public:
    template <typename List>
    explicit ModelChecks(const List &models)
    {
        for (auto *m : models)
            m_checks.push_back(std::make_unique<ModelCheck>(m));
    }

private:
    std::vector<std::unique_ptr<ModelCheck>> m_checks;
};

} // namespace dibao::uitest
