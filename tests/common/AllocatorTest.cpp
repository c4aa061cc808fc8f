// The executables run on the allocator they were built for (DIBAO_MALLOC, docs/benchmarks.md "Import, seventh
// round"): a link order that let glibc's malloc win would silently lose what the benchmarks measured.
#include <QProcess>
#include <QString>

#include <dlfcn.h>
#include <gtest/gtest.h>

namespace {

#ifdef DIBAO_MALLOC_TCMALLOC
TEST(Allocator, MallocAndFreeAreTcmallocsInThisProcess)
{
    void *own = dlsym(RTLD_DEFAULT, "malloc");
    void *tc = dlsym(RTLD_DEFAULT, "tc_malloc");
    ASSERT_NE(tc, nullptr) << "libtcmalloc_minimal is not loaded";
    EXPECT_EQ(own, tc) << "malloc resolves to another allocator than tcmalloc";
    EXPECT_EQ(dlsym(RTLD_DEFAULT, "free"), dlsym(RTLD_DEFAULT, "tc_free"));
}

TEST(Allocator, TheCliLinksTcmalloc)
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {QStringLiteral(DIBAO_CLI_PATH)});
    ASSERT_TRUE(ldd.waitForFinished(30000));
    const QString out = QString::fromLocal8Bit(ldd.readAllStandardOutput());
    EXPECT_TRUE(out.contains(QStringLiteral("libtcmalloc_minimal"))) << out.toStdString();
}
#endif

} // namespace
