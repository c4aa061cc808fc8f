#include "domain/Tokens.h"

#include <array>
#include <utility>

namespace dibao {
namespace {

template <typename E, std::size_t N>
using Table = std::array<std::pair<E, const char *>, N>;

constexpr Table<Area, 2> kArea{{{Area::Urban, "urban"}, {Area::Rural, "rural"}}};
constexpr Table<Sex, 2> kSex{{{Sex::Male, "male"}, {Sex::Female, "female"}}};
constexpr Table<Health, 5> kHealth{{{Health::Healthy, "healthy"},
                                    {Health::Fair, "fair"},
                                    {Health::ChronicIllness, "chronic_illness"},
                                    {Health::Disabled, "disabled"},
                                    {Health::SevereDisability, "severe_disability"}}};
constexpr Table<WorkAbility, 3> kWork{
    {{WorkAbility::Able, "able"}, {WorkAbility::Partial, "partial"}, {WorkAbility::None, "none"}}};
constexpr Table<Relation, 9> kRelation{{{Relation::Self, "self"},
                                        {Relation::Spouse, "spouse"},
                                        {Relation::Child, "child"},
                                        {Relation::Parent, "parent"},
                                        {Relation::Grandparent, "grandparent"},
                                        {Relation::Grandchild, "grandchild"},
                                        {Relation::Sibling, "sibling"},
                                        {Relation::ChildInLaw, "child_in_law"},
                                        {Relation::Other, "other"}}};
constexpr Table<StudentLevel, 7> kStudent{{{StudentLevel::None, "none"},
                                           {StudentLevel::Primary, "primary"},
                                           {StudentLevel::Junior, "junior"},
                                           {StudentLevel::Senior, "senior"},
                                           {StudentLevel::Vocational, "vocational"},
                                           {StudentLevel::Bachelor, "bachelor"},
                                           {StudentLevel::Postgraduate, "postgraduate"}}};
constexpr Table<NotCountedReason, 6> kNotCounted{
    {{NotCountedReason::None, "none"},
     {NotCountedReason::ReligiousAway3Years, "religious_away_3y"},
     {NotCountedReason::Imprisoned, "imprisoned"},
     {NotCountedReason::CompulsoryRehabilitation, "compulsory_rehabilitation"},
     {NotCountedReason::DeclaredMissing, "declared_missing"},
     {NotCountedReason::ProvinceNamed, "province_named"}}};
constexpr Table<EnrolmentStatus, 4> kEnrolment{{{EnrolmentStatus::None, "none"},
                                                {EnrolmentStatus::Enrolled, "enrolled"},
                                                {EnrolmentStatus::GradualExit, "gradual_exit"},
                                                {EnrolmentStatus::Exited, "exited"}}};

template <typename E, std::size_t N>
QString lookup(const Table<E, N> &table, E value)
{
    for (const auto &[e, token] : table)
        if (e == value)
            return QString::fromLatin1(token);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> reverse(const Table<E, N> &table, const QString &token)
{
    for (const auto &[e, text] : table)
        if (token == QLatin1String(text))
            return e;
    return std::nullopt;
}

template <typename E, std::size_t N>
QStringList tokens(const Table<E, N> &table)
{
    QStringList out;
    for (const auto &entry : table)
        out << QString::fromLatin1(entry.second);
    return out;
}

} // namespace

QString toToken(Area v) { return lookup(kArea, v); }
QString toToken(Sex v) { return lookup(kSex, v); }
QString toToken(Health v) { return lookup(kHealth, v); }
QString toToken(WorkAbility v) { return lookup(kWork, v); }
QString toToken(Relation v) { return lookup(kRelation, v); }
QString toToken(StudentLevel v) { return lookup(kStudent, v); }
QString toToken(NotCountedReason v) { return lookup(kNotCounted, v); }
QString toToken(EnrolmentStatus v) { return lookup(kEnrolment, v); }

#define DIBAO_TOKEN_SPECIALIZE(E, table)                                                           \
    template <>                                                                                    \
    std::optional<E> fromToken<E>(const QString &token)                                            \
    {                                                                                              \
        return reverse(table, token);                                                              \
    }                                                                                              \
    template <>                                                                                    \
    QStringList allTokens<E>()                                                                     \
    {                                                                                              \
        return tokens(table);                                                                      \
    }

DIBAO_TOKEN_SPECIALIZE(Area, kArea)
DIBAO_TOKEN_SPECIALIZE(Sex, kSex)
DIBAO_TOKEN_SPECIALIZE(Health, kHealth)
DIBAO_TOKEN_SPECIALIZE(WorkAbility, kWork)
DIBAO_TOKEN_SPECIALIZE(Relation, kRelation)
DIBAO_TOKEN_SPECIALIZE(StudentLevel, kStudent)
DIBAO_TOKEN_SPECIALIZE(NotCountedReason, kNotCounted)
DIBAO_TOKEN_SPECIALIZE(EnrolmentStatus, kEnrolment)

#undef DIBAO_TOKEN_SPECIALIZE

} // namespace dibao
