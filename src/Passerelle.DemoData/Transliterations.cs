namespace Passerelle.DemoData;

/// <summary>Spellings of the same given name that different agencies write down, from different scripts or ears.</summary>
internal static class Transliterations
{
    private static readonly IReadOnlyList<IReadOnlyList<string>> Groups =
    [
        ["Mohammed", "Mohamed", "Muhammad", "Mohamad", "Mohammad"],
        ["Youssef", "Yousef", "Youcef", "Yusuf"],
        ["Rachid", "Rashid"],
        ["Khadija", "Khadidja", "Khadijah"],
        ["Aïcha", "Aicha", "Aisha"],
        ["Fatima", "Fatma", "Fatema"],
        ["Meriem", "Maryam", "Myriam"],
        ["Zineb", "Zaynab", "Zeinab"],
        ["Yasmine", "Yasmina", "Jasmine"],
        ["Ahmed", "Ahmad", "Ahmet"],
        ["Mehdi", "Mahdi"],
        ["Hanane", "Hanan"],
        ["Olena", "Elena", "Alena"],
        ["Iryna", "Irina"],
        ["Nataliya", "Natalia", "Natalya"],
        ["Yuliia", "Yulia", "Julia"],
        ["Svitlana", "Svetlana"],
        ["Tetiana", "Tatiana", "Tetyana"],
        ["Viktoriia", "Viktoria", "Victoria"],
        ["Andriy", "Andrii", "Andrei"],
        ["Serhiy", "Serhii", "Sergei"],
        ["Oleksandr", "Aleksandr", "Alexandre"],
        ["Dmytro", "Dmitri", "Dmitry"],
        ["Mykola", "Nikolai"],
        ["Ihor", "Igor"],
        ["Xiaoling", "Xiao Ling", "Xiao-Ling"],
        ["Li Na", "Lina", "Li-Na"],
        ["Xiu Ying", "Xiuying", "Siu Ying"],
        ["Zhiwei", "Zhi Wei", "Chi Wei"],
        ["Ibrahima", "Ibrahim", "Ebrahima"],
        ["Souleymane", "Soulemane", "Suleiman"],
        ["Ousmane", "Usman", "Osman"],
        ["Mamadou", "Mamadu", "Mamoudou"],
        ["Aïssatou", "Aissatou", "Aysatu"],
        ["Fatoumata", "Fatimata", "Fatumata"],
        ["Kadiatou", "Kadiatu", "Khadiatou"],
        ["Mariam", "Mariame", "Maryam"],
        ["Kofi", "Koffi"],
        ["Kouassi", "Kwasi"],
        ["Thiago", "Tiago"],
        ["Luiz", "Luis", "Luís"],
        ["Raphael", "Rafael"],
        ["Jessica", "Yésica", "Yessica"],
        ["Jhon", "John"],
        ["Georgi", "Gueorgui", "Georgiy"],
        ["Dimitar", "Dimitri"],
        ["Nikolay", "Nikolai"],
        ["Desislava", "Dessislava"],
        ["Stoyan", "Stoian"],
        ["Yordanka", "Iordanka"],
        ["Petya", "Petia"],
        ["Ayşe", "Ayse", "Aysha"],
        ["Mehmet", "Mehmed"],
        ["Hüseyin", "Huseyin", "Hussein"],
        ["Yohannes", "Yohanes", "Johannes"],
        ["Hiwot", "Hewot"],
        ["Tesfaye", "Tesfay"],
        ["Osagie", "Osagye"],
        ["Efosa", "Efossa"],
        ["Chioma", "Chiamaka"],
        ["Ayesha", "Aisha", "Aysha"],
        ["Rahmatullah", "Rahmatulla", "Rahmat Ullah"],
        ["Abdul Rahim", "Abdulrahim", "Abdourahim"],
        ["Shafiq", "Shafique"],
        ["Dženan", "Dzenan", "Djenan"],
        ["Ionuț", "Ionut"],
        ["Ștefan", "Stefan", "Stephane"],
        ["Văn Minh", "Van Minh"],
        ["Ngọc Anh", "Ngoc Anh"],
    ];

    private static readonly Dictionary<string, IReadOnlyList<string>> ByName = IndexGroups();

    public static bool HasVariant(string name) => ByName.ContainsKey(name);

    /// <summary>Another spelling of <paramref name="name"/>, or null if none is known.</summary>
    public static string? Variant(Random random, string name)
    {
        if (!ByName.TryGetValue(name, out var spellings))
        {
            return null;
        }

        var others = spellings.Where(s => s != name).ToList();
        return others.Count == 0 ? null : random.Pick(others);
    }

    private static Dictionary<string, IReadOnlyList<string>> IndexGroups()
    {
        var index = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            foreach (var name in group)
            {
                index.TryAdd(name, [.. group.Distinct()]);
            }
        }

        return index;
    }
}
