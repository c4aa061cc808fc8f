#pragma once

#include "demo/DemoRandom.h"
#include "domain/Household.h"

#include <QString>
#include <QStringList>

namespace dibao {

// The words demo households are made of: surnames by their national frequency, given names by sex and
// generation, village and community names, banks, what a household visit sees. Kept apart from the generator
// so the generator reads as the life of a case, not as word lists.
namespace DemoVocabulary {

// A surname drawn with roughly its frequency in China (王李张刘陈杨黄赵吴周… first).
QString surname(DemoRandom &random);
// A given name of 1 or 2 characters in the style of the person's birth decade.
QString givenName(DemoRandom &random, Sex sex, int birthYear);

// `count` distinct village names under one township: "大坪村", "新村", "石门村"… (always ending in 村).
QStringList villageNames(DemoRandom &random, int count);
// `count` distinct community (社区) names for the urban part of a town or a sub-district.
QStringList communityNames(DemoRandom &random, int count);

struct Bank {
    QString name;
    QString prefix; // the first digits of its card numbers (BIN)
};
const Bank &bank(DemoRandom &random);

// A mobile number (11 digits, 13x–19x).
QString mobilePhone(DemoRandom &random);

// Disability certificate categories (视力/听力/言语/肢体/智力/精神/多重).
QString disabilityCategory(DemoRandom &random);

// What investigators record at a household visit (吃穿住用) and what they conclude.
QString visitFood(DemoRandom &random);
QString visitClothing(DemoRandom &random);
QString visitHousing(DemoRandom &random);
QString visitNecessities(DemoRandom &random);
QString visitEvidence(DemoRandom &random);

} // namespace DemoVocabulary

} // namespace dibao
