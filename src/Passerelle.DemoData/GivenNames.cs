using Passerelle.Domain.Cases;

namespace Passerelle.DemoData;

/// <summary>Given names plausible for a nationality. Only the family names make a demo person fictional.</summary>
internal static class GivenNames
{
    private sealed record Pool(IReadOnlyList<string> Female, IReadOnlyList<string> Male);

    private static readonly Pool French = new(
        ["Léa", "Chloé", "Manon", "Camille", "Inès", "Sarah", "Emma", "Jade", "Océane", "Anaïs", "Laura", "Mélissa", "Maëva", "Noémie"],
        ["Lucas", "Hugo", "Théo", "Kévin", "Mathis", "Yanis", "Enzo", "Jérémy", "Dylan", "Loïc", "Maxime"]);

    private static readonly Pool AnglophoneWestAfrica = new(
        ["Blessing", "Joy", "Favour", "Precious", "Gift", "Mercy", "Faith", "Esther", "Peace", "Osas", "Chioma", "Ifeoma", "Adaeze", "Abena"],
        ["Osagie", "Efosa", "Chidi", "Emeka", "Tunde", "Kwame", "Kofi", "Uche", "Samuel", "Daniel"]);

    private static readonly Pool Romanian = new(
        ["Ana-Maria", "Ioana", "Elena", "Andreea", "Alexandra", "Mihaela", "Daniela", "Alina", "Bianca", "Cătălina", "Florentina", "Ramona"],
        ["Florin", "Ionuț", "Marian", "Gheorghe", "Costel", "Adrian", "Mihai", "Ștefan", "Nicolae", "Vasile"]);

    private static readonly Pool Bulgarian = new(
        ["Maria", "Ivanka", "Desislava", "Petya", "Gergana", "Radka", "Yordanka", "Silvia", "Teodora"],
        ["Ivan", "Georgi", "Dimitar", "Stoyan", "Nikolay", "Asen", "Angel", "Kiril"]);

    private static readonly Pool Chinese = new(
        ["Mei", "Li Na", "Xiaoling", "Jing", "Hui", "Yan", "Xiu Ying", "Lihua", "Fang", "Hong"],
        ["Wei", "Jun", "Lin", "Hao", "Jian", "Zhiwei", "Qiang", "Ming"]);

    private static readonly Pool Vietnamese = new(
        ["Thị Lan", "Thị Hoa", "Thị Mai", "Thu Trang", "Ngọc Anh", "Thị Hằng", "Phương"],
        ["Văn Minh", "Văn Nam", "Đức Anh", "Quang Huy", "Văn Hùng", "Minh Tuấn", "Tiến"]);

    private static readonly Pool Hispanic = new(
        ["Ana Paula", "Juliana", "Fernanda", "Larissa", "Camila", "Valentina", "Daniela", "Jessica", "Génesis", "Luz", "María José"],
        ["João", "José", "Luiz", "Thiago", "Raphael", "Carlos", "Andrés", "Jhon", "Wilson"]);

    private static readonly Pool Arabic = new(
        ["Fatima", "Khadija", "Aïcha", "Amina", "Meriem", "Nour", "Zineb", "Yasmine", "Salma", "Hanane", "Souad"],
        ["Mohammed", "Youssef", "Karim", "Rachid", "Hamza", "Ayoub", "Bilal", "Samir", "Ahmed", "Omar", "Mehdi"]);

    private static readonly Pool FrancophoneAfrica = new(
        ["Aminata", "Fatoumata", "Mariam", "Awa", "Aïssatou", "Kadiatou", "Adjoua", "Akissi", "Aya", "Christelle", "Grâce", "Merveille", "Ornella"],
        ["Moussa", "Mamadou", "Ibrahima", "Seydou", "Bakary", "Souleymane", "Yao", "Kouassi", "Brice", "Landry", "Ousmane"]);

    private static readonly Pool Albanian = new(
        ["Elira", "Arjola", "Blerina", "Ermira", "Klodiana", "Anisa", "Dorina"],
        ["Besnik", "Arben", "Dritan", "Ergys", "Klevis", "Altin"]);

    private static readonly Pool SouthSlavic = new(
        ["Senada", "Jasmina", "Mirela", "Emina", "Sanela", "Dragana", "Ljiljana", "Nermina"],
        ["Elvis", "Dragan", "Zoran", "Mirsad", "Senad", "Goran", "Nenad", "Dženan"]);

    private static readonly Pool EastSlavic = new(
        ["Olena", "Oksana", "Iryna", "Nataliya", "Yuliia", "Svitlana", "Tetiana", "Viktoriia"],
        ["Andriy", "Serhiy", "Oleksandr", "Dmytro", "Vasyl", "Mykola", "Ihor"]);

    private static readonly Pool SouthAsianMuslim = new(
        ["Nadia", "Ayesha", "Farzana", "Shabnam", "Rukhsana", "Parveen"],
        ["Muhammad", "Ali", "Imran", "Bilal", "Asif", "Ahmad", "Abdul Rahim", "Shafiq", "Rahmatullah"]);

    private static readonly Pool SouthAsian = new(
        ["Priya", "Lakshmi", "Kavitha", "Sunita", "Tharushi", "Nirmala"],
        ["Rahul", "Suresh", "Kumar", "Tharindu", "Rajesh", "Sanjay", "Nuwan"]);

    private static readonly Pool Filipino = new(
        ["Maricel", "Jocelyn", "Rosalie", "Mary Ann", "Jennifer", "Marites", "Rowena", "Lorna"],
        ["Jun", "Mark Anthony", "Rodel", "Jomar", "Arnel"]);

    private static readonly Pool HornOfAfrica = new(
        ["Tigist", "Meron", "Selam", "Hiwot", "Almaz", "Hodan", "Amal"],
        ["Dawit", "Yohannes", "Abdi", "Tesfaye", "Mohamed"]);

    private static readonly Pool Turkish = new(
        ["Ayşe", "Fatma", "Elif", "Zeynep", "Hatice", "Emine"],
        ["Mehmet", "Mustafa", "Emre", "Hüseyin", "Murat"]);

    private static readonly Pool CentralEuropean = new(
        ["Agnieszka", "Katarzyna", "Marta", "Zsófia", "Erzsébet", "Krisztina"],
        ["Piotr", "Paweł", "Krzysztof", "László", "Gábor", "Tamás"]);

    private static readonly Pool Malagasy = new(
        ["Hanitra", "Voahangy", "Fara", "Miora", "Tiana", "Lalao"],
        ["Rivo", "Hery", "Fanja", "Tojo"]);

    private static readonly Pool Caribbean = new(
        ["Widline", "Mirlande", "Fabienne", "Shanice", "Natasha", "Roseline", "Keisha"],
        ["Wilner", "Jean-Baptiste", "Ricardo", "Marlon", "Devon", "Ravi"]);

    private static readonly Dictionary<string, Pool> ByCountry = Index(
    [
        (French, ["FR"]),
        (AnglophoneWestAfrica, ["NG", "GH"]),
        (Romanian, ["RO", "MD"]),
        (Bulgarian, ["BG"]),
        (Chinese, ["CN"]),
        (Vietnamese, ["VN"]),
        (Hispanic, ["BR", "PT", "CO", "PE", "VE", "PY", "DO"]),
        (Arabic, ["MA", "DZ", "TN", "EG", "SY", "IQ", "SD"]),
        (FrancophoneAfrica, ["CI", "CM", "SN", "ML", "GN", "BF", "CD", "BJ", "TG"]),
        (Albanian, ["AL"]),
        (SouthSlavic, ["BA", "RS", "HR"]),
        (EastSlavic, ["UA"]),
        (SouthAsianMuslim, ["PK", "AF", "BD"]),
        (SouthAsian, ["IN", "LK"]),
        (Filipino, ["PH"]),
        (HornOfAfrica, ["ET"]),
        (Turkish, ["TR"]),
        (CentralEuropean, ["PL", "HU"]),
        (Malagasy, ["MG"]),
        (Caribbean, ["HT", "SR", "GY"]),
    ]);

    /// <summary>One or two given names; a second one is common and is what other agencies often drop.</summary>
    public static IReadOnlyList<string> Draw(Random random, string nationality, Sex sex)
    {
        var pool = ByCountry.GetValueOrDefault(nationality, French);
        var names = sex == Sex.Male ? pool.Male : pool.Female;
        var first = random.Pick(names);
        if (!random.Chance(0.3))
        {
            return [first];
        }

        var second = random.Pick(names);
        return second == first ? [first] : [first, second];
    }

    private static Dictionary<string, Pool> Index(IEnumerable<(Pool Pool, string[] Countries)> rows) =>
        rows.SelectMany(r => r.Countries.Select(c => (Country: c, r.Pool))).ToDictionary(r => r.Country, r => r.Pool, StringComparer.Ordinal);
}
