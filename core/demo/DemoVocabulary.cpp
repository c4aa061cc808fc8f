#include "demo/DemoVocabulary.h"

#include <QSet>

namespace dibao::DemoVocabulary {

namespace {

struct WeightedWords {
    QStringList words;
    QList<int> weights;
};

// Surnames with weights in 0.01 % of the population (the national ranking; 昭通's order is close to it).
const WeightedWords &surnames()
{
    static const WeightedWords table = [] {
        struct Entry {
            const char *surname;
            int weight;
        };
        static const Entry entries[] = {
            {"王", 710}, {"李", 700}, {"张", 640}, {"刘", 540}, {"陈", 450}, {"杨", 310}, {"黄", 220}, {"赵", 200},
            {"吴", 190}, {"周", 190}, {"徐", 150}, {"孙", 140}, {"马", 130}, {"朱", 120}, {"胡", 110}, {"郭", 100},
            {"何", 100}, {"高", 90},  {"林", 90},  {"罗", 90},  {"郑", 80},  {"梁", 80},  {"谢", 70},  {"宋", 60},
            {"唐", 60},  {"许", 60},  {"韩", 60},  {"冯", 60},  {"邓", 60},  {"曹", 50},  {"彭", 50},  {"曾", 50},
            {"肖", 50},  {"田", 50},  {"董", 50},  {"袁", 50},  {"潘", 40},  {"于", 40},  {"蒋", 40},  {"蔡", 40},
            {"余", 40},  {"杜", 40},  {"叶", 40},  {"程", 40},  {"苏", 40},  {"魏", 40},  {"吕", 40},  {"丁", 40},
            {"任", 40},  {"沈", 30},  {"姚", 30},  {"卢", 30},  {"姜", 30},  {"崔", 30},  {"钟", 30},  {"谭", 30},
            {"陆", 30},  {"汪", 30},  {"范", 30},  {"金", 30},  {"石", 30},  {"廖", 30},  {"贾", 30},  {"夏", 30},
            {"韦", 30},  {"付", 30},  {"方", 30},  {"白", 20},  {"邹", 20},  {"孟", 20},  {"熊", 30},  {"秦", 20},
            {"邱", 20},  {"江", 20},  {"尹", 20},  {"薛", 20},  {"闫", 20},  {"段", 20},  {"雷", 20},  {"侯", 20},
            {"龙", 20},  {"史", 20},  {"陶", 20},  {"黎", 20},  {"贺", 20},  {"顾", 20},  {"毛", 20},  {"郝", 20},
            {"龚", 20},  {"邵", 20},  {"万", 20},  {"钱", 20},  {"严", 20},  {"覃", 10},  {"武", 20},  {"戴", 20},
            {"莫", 10},  {"孔", 10},  {"向", 10},  {"汤", 10},  {"穆", 10},  {"安", 10},  {"禄", 5},   {"欧阳", 5},
        };
        WeightedWords t;
        for (const Entry &e : entries) {
            t.words << QString::fromUtf8(e.surname);
            t.weights << e.weight;
        }
        return t;
    }();
    return table;
}

QStringList split(const char *utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Given-name characters by sex and generation: names carry their decade (建国 and 秀英 are grandparents,
// 子轩 and 欣怡 are children).
const QStringList &maleOld()
{
    static const QStringList c = split("国 建 明 文 德 志 永 正 学 光 福 贵 成 忠 发 华 富 有 荣 昌 顺 兴 春 林 军 "
                                       "强 平 玉 金 仁 义 礼 云 开 清 万 家 才 全");
    return c;
}
const QStringList &maleMiddle()
{
    static const QStringList c = split("伟 勇 军 杰 涛 斌 超 波 辉 刚 健 鹏 磊 峰 强 亮 龙 飞 兵 东 海 江 洪 红 "
                                       "林 平 华 俊 明 小 文 云 朝 德 贵");
    return c;
}
const QStringList &maleYoung()
{
    static const QStringList c = split("浩 宇 轩 子 俊 杰 涛 鹏 磊 睿 博 晨 阳 铭 泽 豪 航 然 辰 凯 逸 嘉 文 "
                                       "皓 宸 一 奕 昊 天 思");
    return c;
}
const QStringList &femaleOld()
{
    static const QStringList c = split("秀 英 兰 芳 珍 凤 琼 桂 翠 玉 梅 菊 华 淑 素 荣 花 莲 香 芬 群 仙 美 "
                                       "会 存 开 春 芝");
    return c;
}
const QStringList &femaleMiddle()
{
    static const QStringList c = split("丽 艳 敏 静 燕 娟 霞 红 芳 萍 琴 玲 梅 颖 慧 雪 婷 丹 莉 娜 春 云 兰 "
                                       "小 晓 琳 洁");
    return c;
}
const QStringList &femaleYoung()
{
    static const QStringList c = split("欣 怡 梓 涵 雨 萱 佳 琪 诗 雅 婷 若 馨 悦 语 思 可 依 晨 汐 一 静 佳 "
                                       "文 紫 嘉 子 月");
    return c;
}

} // namespace

QString surname(DemoRandom &random)
{
    const WeightedWords &t = surnames();
    return t.words.at(random.weighted(t.weights));
}

QString givenName(DemoRandom &random, Sex sex, int birthYear)
{
    const bool male = sex == Sex::Male;
    const QStringList &pool = birthYear < 1965 ? (male ? maleOld() : femaleOld())
        : birthYear < 1995                     ? (male ? maleMiddle() : femaleMiddle())
                                               : (male ? maleYoung() : femaleYoung());
    // About one name in five is a single character (李强, 王芳).
    if (random.chance(200))
        return random.pick(pool);
    QString first = random.pick(pool);
    QString second = random.pick(pool);
    if (second == first && !random.chance(150)) // 婷婷, 丹丹 happen, but rarely
        second = random.pick(pool);
    return first + second;
}

QStringList villageNames(DemoRandom &random, int count)
{
    static const QStringList prefixes = split("大 小 新 老 上 下 中 东 西 南 北 黑 白 红 青 石 沙 水 龙 凤 马 牛 羊 "
                                              "鸡 花 松 柏 杉 竹 茶 桃 李 杨 高 长 平 干 田 岩 观 银 金 双 三 五 堰");
    static const QStringList cores = split("坪 坝 沟 河 山 岩 营 寨 屯 湾 田 林 塘 桥 庄 冲 坡 箐 槽 堡 岭 溪 门 "
                                           "关 场 头 口 坎 园 井 垭 地 厂 滩");
    QStringList out;
    QSet<QString> seen;
    // 新村 is the classic resettlement village; most townships have one.
    if (count > 0 && random.chance(600)) {
        out << QStringLiteral("新村");
        seen.insert(out.last());
    }
    while (out.size() < count) {
        // Draws are sequenced explicitly: the order operands of + are evaluated in is unspecified.
        const QString prefix = random.pick(prefixes);
        const QString core = random.pick(cores);
        const QString name = prefix + core + QStringLiteral("村");
        if (seen.contains(name))
            continue;
        seen.insert(name);
        out << name;
    }
    return out;
}

QStringList communityNames(DemoRandom &random, int count)
{
    static const QStringList names = split("城东 城西 城南 城北 南门 北门 东风 向阳 新华 文化 人民 团结 建设 解放 "
                                           "和平 兴隆 振兴 光明 民主 胜利 滨河 迎宾");
    QStringList out;
    QSet<QString> seen;
    while (out.size() < count && out.size() < names.size()) {
        const QString name = random.pick(names) + QStringLiteral("社区");
        if (seen.contains(name))
            continue;
        seen.insert(name);
        out << name;
    }
    return out;
}

const Bank &bank(DemoRandom &random)
{
    // Payment goes to the household's own account; in rural Yunnan mostly 农信社 and 农业银行 cards.
    static const QList<Bank> banks{
        {QStringLiteral("云南省农村信用社"), QStringLiteral("622995")},
        {QStringLiteral("中国农业银行"), QStringLiteral("622848")},
        {QStringLiteral("中国邮政储蓄银行"), QStringLiteral("621799")},
        {QStringLiteral("中国建设银行"), QStringLiteral("621700")},
        {QStringLiteral("中国工商银行"), QStringLiteral("621226")},
    };
    static const QList<int> weights{45, 30, 15, 5, 5};
    return banks.at(random.weighted(weights));
}

QString mobilePhone(DemoRandom &random)
{
    static const QStringList heads = split("139 138 137 136 135 158 159 187 188 151 152 182 183 130 131 132 155 156 "
                                           "185 186 133 153 180 181 189 199 177 173");
    const QString head = random.pick(heads);
    return head + random.digits(8);
}

QString disabilityCategory(DemoRandom &random)
{
    static const QStringList categories = split("肢体 视力 听力 言语 智力 精神 多重");
    static const QList<int> weights{45, 12, 15, 4, 10, 10, 4};
    return categories.at(random.weighted(weights));
}

QString visitFood(DemoRandom &random)
{
    static const QStringList items{
        QStringLiteral("以自种玉米、洋芋为主，肉食较少"),
        QStringLiteral("口粮基本够吃，靠自种粮食"),
        QStringLiteral("粮食不足，部分靠亲戚接济"),
        QStringLiteral("饮食简单，冬季以腌菜为主"),
        QStringLiteral("口粮靠购买，日常开支紧张"),
    };
    return random.pick(items);
}

QString visitClothing(DemoRandom &random)
{
    static const QStringList items{
        QStringLiteral("衣着陈旧，冬衣不足"),
        QStringLiteral("衣着朴素，基本能保暖"),
        QStringLiteral("衣物多为亲友赠送"),
        QStringLiteral("衣着整洁，无贵重服饰"),
    };
    return random.pick(items);
}

QString visitHousing(DemoRandom &random)
{
    static const QStringList items{
        QStringLiteral("土木结构住房一处，屋顶漏雨"),
        QStringLiteral("砖混结构住房一处，危改后新建"),
        QStringLiteral("易地扶贫搬迁安置房，约75平方米"),
        QStringLiteral("与子女同住，无独立住房"),
        QStringLiteral("租住城郊平房，约30平方米"),
        QStringLiteral("砖木结构老房，墙体有裂缝"),
    };
    return random.pick(items);
}

QString visitNecessities(DemoRandom &random)
{
    static const QStringList items{
        QStringLiteral("有旧电视一台、电饭煲一个，无冰箱"),
        QStringLiteral("家电简单，无大件耐用消费品"),
        QStringLiteral("有摩托车一辆，用于务农和就医"),
        QStringLiteral("有洗衣机、电视各一台，均已使用多年"),
        QStringLiteral("生活用品简陋，无贵重物品"),
    };
    return random.pick(items);
}

QString visitEvidence(DemoRandom &random)
{
    static const QStringList items{
        QStringLiteral("查看户口簿、身份证、残疾证及病历资料"),
        QStringLiteral("查看户口簿、身份证及银行流水"),
        QStringLiteral("查看户口簿、身份证，邻里走访两户"),
        QStringLiteral("查看务工收入证明、户口簿"),
        QStringLiteral("查看住院发票、诊断证明"),
    };
    return random.pick(items);
}

} // namespace dibao::DemoVocabulary
