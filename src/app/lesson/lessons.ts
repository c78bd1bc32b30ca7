/**
 * The lessons a workshop hands out as links: settings (the settings table) plus a view (which
 * controls and panels are hidden, which explainer is open; formats/view/viewTable.ts). Each lesson's text says
 * what to do and what to look for, and what the study measured, so nobody reads one seed as a result.
 */
import { formatHash } from '../../formats/settings/hash';
import {
  defaultSettings,
  type PresetName,
  SETTING_KEYS,
  type Settings,
  TABLE,
} from '../../formats/settings/table';
import {
  defaultView,
  type ExplainerId,
  type Lang,
  type LessonId,
  type View,
} from '../../formats/view/viewTable';

export interface LessonText {
  title: string;
  /** Why this lesson, in two or three sentences. */
  idea: string;
  /** What to do, in order. */
  steps: string[];
  /** What to look for, and what the study measured. */
  lookFor: string;
}

export interface Lesson {
  id: LessonId;
  /** The lesson's text in each language of the page. */
  text: Record<Lang, LessonText>;
  preset: PresetName;
  settings: Partial<Settings>;
  explain: 'none' | ExplainerId;
  /** Everything hidden but what the lesson is about. */
  hide: string[];
}

/** Experiment knobs a first lesson does not need (the settings table marks them). */
const KNOBS: string[] = SETTING_KEYS.filter((k) => TABLE[k].knob === true);

export const LESSONS: readonly Lesson[] = [
  {
    id: 'negatives',
    text: {
      en: {
        title: 'Why negatives matter',
        idea:
          'RFT learns only from the answers the verifier marks right and throws the wrong ones away. NFT ' +
          'keeps them: from the wrong answers it builds an implicit negative policy and pushes the model ' +
          'away from it, with no extra network and no reward model.',
        steps: [
          'Press Play (Space) and let both arms train for a few iterations.',
          'Open the policy split below: pick a question and see its answers split into the right part and the wrong part.',
          'Compare the two accuracy curves and the entropy curves.',
        ],
        lookFor:
          'On this tiny model with exact marks the pre-registered 20-seed study found NFT and RFT level: ' +
          'NFT − RFT in held-out greedy accuracy -0.6 points (95% interval -1.6 to +0.5; NFT ahead on 6 of ' +
          '20 seeds, RFT on 13). On policy their expected updates are the same; NFT only differs in noise. It ' +
          'did lower its entropy more than RFT, on 20 of 20 seeds. Look at where the curves differ, and how ' +
          'much one seed can vary.',
      },
      ja: {
        title: 'なぜ不正解が役に立つのか',
        idea:
          'RFT は検証器が正解とした回答だけから学び、不正解は捨てます。NFT は不正解も使います。' +
          '不正解の回答から暗黙の「負の方策」を組み立て、モデルをそこから遠ざけます。' +
          '追加のネットワークも報酬モデルも要りません。',
        steps: [
          '再生（スペース）を押し、両方の手法を数イテレーション学習させます。',
          '下の「方策の分解」を開き、問題を一つ選んで、回答が正解の部分と不正解の部分に分かれる様子を見ます。',
          '二つの正解率の曲線とエントロピーの曲線を比べます。',
        ],
        lookFor:
          'この小さなモデルで正確な判定を使うと、事前登録した 20 シードの調査では NFT と RFT は互角でした。' +
          '評価用の貪欲正解率の NFT − RFT は -0.6 ポイント（95% 区間 -1.6〜+0.5、NFT がリードしたのは 20 シード中 6 シード、RFT は 13 シード）です。' +
          'オンポリシーでは二つの更新の期待値は同じで、違うのはノイズだけです。エントロピーは 20 シード中 20 シードで NFT の方が大きく下がりました。' +
          '曲線がどこで分かれるか、一つのシードでどれだけ変わるかを見てください。',
      },
    },
    preset: 'workshop',
    settings: { methods: ['nft', 'rft'] },
    explain: 'policy-split',
    hide: [...KNOBS, 'labelNoise', 'verifier', 'seed', 'perf', 'engine', 'export', 'labelling'],
  },
  {
    id: 'verifier',
    text: {
      en: {
        title: 'You are the verifier',
        idea:
          'The marks decide what each method learns. Here you give them: sample answers, mark each one ' +
          'right or wrong with the keyboard, and train NFT and RFT on exactly your marks.',
        steps: [
          'Sample a batch in the labelling panel and mark every answer (C right, X wrong, Enter keeps the verifier’s mark, U undoes).',
          'Flip a mark you disagree with and watch r_hat of its question change.',
          'Press "Train on my labels" and compare the arms trained on your marks with the automatically verified ones.',
        ],
        lookFor:
          'Answers you mark wrong go to NFT’s negative term and are dropped by RFT. A question whose ' +
          'answers you mark all right or all wrong teaches neither method anything (the filter drops it).',
      },
      ja: {
        title: 'あなたが検証器',
        idea:
          '何を学ぶかは判定で決まります。ここでは判定をあなたが付けます。回答をサンプルし、' +
          'キーボードで一つずつ正解・不正解を付け、その判定どおりに NFT と RFT を学習させます。',
        steps: [
          'ラベル付けパネルでバッチをサンプルし、すべての回答に判定を付けます（C 正解、X 不正解、Enter 検証器の判定のまま、U 取り消し）。',
          '納得できない判定を反転させ、その問題の r_hat が変わるのを見ます。',
          '「自分のラベルで学習」を押し、あなたの判定で学習した手法と自動判定で学習した手法を比べます。',
        ],
        lookFor:
          'あなたが不正解とした回答は NFT では負の項に入り、RFT では捨てられます。' +
          'すべて正解、またはすべて不正解とした問題からは、どちらの手法も何も学びません（フィルタで除かれます）。',
      },
    },
    preset: 'tiny',
    settings: { methods: ['nft', 'rft'], iterations: 10 },
    explain: 'token-view',
    hide: [...KNOBS, 'labelNoise', 'verifier', 'perf', 'engine', 'gradients'],
  },
  {
    id: 'noisy',
    text: {
      en: {
        title: 'Noisy labels',
        idea:
          'Real verifiers make mistakes. Here 20% of the marks are wrong (the same answer always gets the ' +
          'same wrong mark), and you can change how many, or switch to a verifier that accepts near-misses.',
        steps: [
          'Press Play and watch the error-kind chart and the note on flipped marks.',
          'Compare NFT and RFT on held-out accuracy (the held-out marks stay exact).',
          'Set label noise to 0 and run again: the gap should close.',
        ],
        lookFor:
          'A finding of the pre-registered 20-seed study: with 20% of the marks wrong NFT ended ahead of RFT ' +
          'by +4.1 points of held-out greedy accuracy (95% interval +2.3 to +5.9; ahead on 18 of 20 seeds) and ' +
          '+5.9 of sampled accuracy (+4.6 to +7.2; ahead on 20 of 20). The first five-seed pilot said +6.2: the ' +
          'lead is real and smaller. Both methods do worse than with exact marks; RFT ended below the base ' +
          'model on 14 of 20 seeds. The dose-response below (15 seeds a point) shows where negatives start ' +
          'to matter: at 10% wrong marks the greedy gap is a tie (+0.2, 95% interval -1.1 to +1.5; ahead on 9 ' +
          'of 15) while the sampled one is not (+2.4, +1.2 to +3.6; ahead on 13 of 15); at 40% NFT leads by ' +
          '+8.5 greedy (+5.6 to +11.4; ahead on 15 of 15). From 30% wrong marks both methods end below the ' +
          'base model on every seed: NFT loses less, it does not win. A verifier that accepts near-misses ' +
          '(offByOne) leaves them tied in greedy accuracy: +0.6 (-1.9 to +3.1; ahead on 8 of 15 seeds). Below, your ' +
          "run beside the study's range at your noise level.",
      },
      ja: {
        title: 'ノイズのあるラベル',
        idea:
          '現実の検証器は間違えます。ここでは判定の 20% が誤りです（同じ回答にはいつも同じ誤った判定）。' +
          '誤りの割合を変えたり、1 違いの答えも正解にしてしまう検証器に切り替えたりできます。',
        steps: [
          '再生を押し、誤りの種類のグラフと、反転した判定についての注記を見ます。',
          'NFT と RFT を評価用の正解率で比べます（評価の判定は正確なままです）。',
          'ラベルノイズを 0 にしてもう一度実行します。差は縮まるはずです。',
        ],
        lookFor:
          '事前登録した 20 シードの調査の結論です：判定の 20% が誤りのとき、NFT は評価用の貪欲正解率で RFT を ' +
          '+4.1 ポイント上回り（95% 区間 +2.3〜+5.9、20 シード中 18 シードでリード）、サンプリング正解率では +5.9 ポイント' +
          '（+4.6〜+7.2、20 シード中 20 シード）上回りました。最初の 5 シードのパイロットは +6.2 でした。リードは本物ですが、より小さいものです。' +
          'どちらの手法も正確な判定のときより悪くなり、RFT は 20 シード中 14 シードでベースモデルを下回りました。' +
          '下の用量反応（各点 15 シード）は、負例がどこから効き始めるかを示します。誤った判定が 10% のとき、貪欲の差は' +
          '互角（+0.2、95% 区間 -1.1〜+1.5、15 シード中 9 シードでリード）ですが、サンプリングの差はそうではありません' +
          '（+2.4、+1.2〜+3.6、15 シード中 13 シード）。40% では NFT が貪欲で +8.5 ポイント（+5.6〜+11.4、15 シード中 15 シード）' +
          'リードします。誤りが 30% 以上になると、どちらの手法もすべてのシードでベースモデルを下回ります。NFT は勝つのではなく、' +
          '失うものが少ないのです。1 違いの答えも正解にする検証器（offByOne）では、貪欲正解率で両者は互角でした：+0.6' +
          '（-1.9〜+3.1、15 シード中 8 シードでリード）。' +
          '下に、あなたの実行と、あなたのノイズでの調査の範囲を並べて示します。',
      },
    },
    preset: 'noisy',
    settings: { methods: ['nft', 'rft'] },
    explain: 'weight-ratio',
    hide: [...KNOBS, 'seed', 'perf', 'engine', 'export', 'labelling'],
  },
  {
    id: 'offpolicy',
    text: {
      en: {
        title: 'Same gradient until the policy moves',
        idea:
          "On a rollout's first update (R = 1) NFT's gradient is Dr. GRPO's up to a factor, and RFT's up " +
          'to noise: the theories differ, the update does not. They part only once the update steps have ' +
          'moved the policy away from the one that sampled the answers; mu sets how many steps each rollout gets.',
        steps: [
          'Press Step (S) once and read the per-token table of "Same gradient, different theory": how many tokens have NFT and Dr. GRPO parted on?',
          'Look at the charts of "how far off policy each update ran" (and the latest values under the charts): how far the last of the mu steps had moved.',
          'Set mu to 16, press Reset and Step, and compare both; then try mu 1.',
        ],
        lookFor:
          'In our runs the last of 2 steps had moved |log R| by about 0.015, of 8 steps by about 0.08 and of ' +
          "16 by about 0.2, some iterations past 0.8; our gradient study puts NFT's and RFT's updates at a " +
          'cosine of 0.97 at 0.07 and 0.13 at 0.72. At mu 16 both fell below the base model, and the ' +
          'pre-registered 20-seed study found NFT behind RFT mid-run: -3.0 points of greedy accuracy at ' +
          'iteration 40 (95% interval -5.0 to -1.0; RFT ahead on 14 of 20 seeds, NFT on 5), -1.3 at the end ' +
          '(-2.6 to +0.0; RFT ahead on 15 of 20). Where the updates leave the on-policy regime, the extra ' +
          'negative push hurt here. (At mu 8 a 5-seed pilot, not a finding, showed no gap.)',
      },
      ja: {
        title: '方策が動くまでは同じ勾配',
        idea:
          'ロールアウトの最初の更新（R = 1）では、NFT の勾配は Dr. GRPO の勾配と定数倍を除いて等しく、' +
          'RFT の勾配ともノイズを除いて同じです。理論は違っても更新は同じです。二つが分かれるのは、' +
          '更新ステップが回答をサンプルした方策からモデルを動かしてからです。mu は各ロールアウトの更新ステップ数です。',
        steps: [
          'ステップ（S）を一度押し、「同じ勾配、異なる理論」のトークンごとの表を読みます。NFT と Dr. GRPO が分かれたトークンはいくつありますか。',
          '「各更新が方策からどれだけ離れていたか」のグラフ（とグラフの下の最新値）を見ます。mu 回のうち最後のステップがどれだけ動いたかです。',
          'mu を 16 にしてリセットとステップを押し、両方を比べます。次に mu 1 も試します。',
        ],
        lookFor:
          '私たちの実行では、2 ステップの最後で |log R| は約 0.015、8 ステップで約 0.08、16 ステップで約 0.2 動き、' +
          '0.8 を超えるイテレーションもありました。勾配の実験では、NFT と RFT の更新のコサインは 0.07 で 0.97、0.72 で 0.13 です。' +
          'mu 16 では両方ともベースモデルより下がり、事前登録した 20 シードの調査では、NFT は途中で RFT より低くなりました。' +
          'イテレーション 40 の貪欲正解率で -3.0 ポイント（95% 区間 -5.0〜-1.0、RFT がリードしたのは 20 シード中 14 シード、NFT は 5 シード）、' +
          '最後は -1.3（-2.6〜+0.0、RFT が 20 シード中 15 シードでリード）です。更新がオンポリシーの範囲を出ると、' +
          'ここでは負の押しが逆効果でした。（mu 8 では 5 シードのパイロット（結論ではありません）で差は出ませんでした。）',
      },
    },
    preset: 'workshop',
    settings: { methods: ['nft', 'rft'], mu: 8 },
    explain: 'same-gradient',
    hide: [
      ...KNOBS.filter((k) => k !== 'mu'),
      'labelNoise',
      'verifier',
      'seed',
      'perf',
      'engine',
      'export',
      'labelling',
    ],
  },
];

export function lessonById(id: LessonId): Lesson {
  const lesson = LESSONS.find((l) => l.id === id);
  if (!lesson) throw new Error(`unknown lesson ${id}`);
  return lesson;
}

/** The lesson's settings and view. */
export function lessonState(lesson: Lesson): { settings: Settings; view: View } {
  return {
    settings: { ...defaultSettings(lesson.preset), ...lesson.settings },
    view: { ...defaultView(), lesson: lesson.id, hide: [...lesson.hide], explain: lesson.explain },
  };
}

/** The link an instructor hands out (a hash: append it to the page's address). */
export function lessonHash(lesson: Lesson, lang: Lang = 'en'): string {
  const { settings, view } = lessonState(lesson);
  return formatHash(settings, { ...view, lang });
}
