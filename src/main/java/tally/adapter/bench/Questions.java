package tally.adapter.bench;

import java.util.List;

/** The fixed, varied question set every latency figure is measured over: metrics, claimants, periods, off-topic. */
final class Questions {

    static final List<String> ALL = List.of(
            "How many North Korean soldiers have been killed?",
            "How many North Korean troops were sent to Russia?",
            "How many North Koreans were wounded in Kursk?",
            "How many North Korean soldiers were captured by Ukraine?",
            "What are the casualty figures for North Korean troops?",
            "How many North Korean troops has Zelensky said were killed or wounded?",
            "What does South Korea's NIS say about North Korean deaths?",
            "How many troops does Pyongyang plan to send?",
            "North Korean losses according to the Pentagon",
            "How many North Korean soldiers died in December 2024?",
            "How many North Korean troops are in Kursk since January 2025?",
            "What did Budanov say about North Korean casualties?",
            "UK Defence Intelligence estimate of North Korean casualties",
            "how many dprk soldiers killed",
            "Did Kim Jong Un admit any deaths?",
            "What is the weather in Seoul today?",
            "Who won the football match yesterday?",
            "Скільки північнокорейських солдатів загинуло?",
            "북한군 사상자는 몇 명입니까?",
            "@everyone how many North Korean soldiers were killed? **now**");

    private Questions() {
    }
}
