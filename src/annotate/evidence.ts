/**
 * The shape of a name, when nothing around it says what it names: given names that open a person's name,
 * the surnames and syllables of Chinese and Korean names, the endings of Slavic surnames. Each is weak
 * evidence (the build's certainty is low or medium) and is used only for names no register claims.
 */

/** Given names of the period's cables (English, Russian, Polish, Persian, Arabic, Turkish, Balkan, French, German, Spanish and Portuguese). */
export const GIVEN_NAMES = new Set(
  `John James William Charles George Joseph Thomas Henry Robert Edward Richard Frank Harry Franklin Cordell Averell Patrick Dean Walter Joseph Arthur Albert Alexander Alfred Anthony
   Andrew Benjamin Clarence Daniel David Donald Douglas Edwin Ernest Eugene Francis Frederick Harold Herbert Herman Howard Hugh Jack Jesse Lewis Louis Laurence Lawrence Leo Leon
   Leslie Lloyd Martin Michael Nelson Oliver Paul Peter Philip Ralph Raymond Roger Ronald Samuel Sidney Stanley Stephen Theodore Victor Warren Wayne Wilbur Winston Clement Ernest
   Anthony Duff Archibald Stafford Hastings Orme Llewellyn Averell Chester Claire Claude Omar Dwight Mark Hap Ira Carl Adolf Hermann Heinrich Joachim Wilhelm Friedrich Hans Franz
   Ivan Andrei Andrey Andrej Vyacheslav Viacheslav Anastas Lavrenti Lavrenty Georgi Georgy Georgii Kliment Nikolai Nikolay Nikita Mikhail Sergei Sergey Aleksandr Alexandr Aleksei
   Alexei Alexey Dmitri Dmitry Fyodor Feodor Grigori Grigory Vasili Vasily Vassili Vassil Vladimir Yakov Yuri Boris Konstantin Leonid Maxim Maksim Pavel Pyotr Semyon Semen Stepan
   Timofei Valerian Valentin Viktor Yevgeni Evgeni Lazar Matvei Mir Ivanovich Andreyevich Mikhailovich Vissarionovich Wladyslaw Władysław Stanisław Stanislaw Tomasz Edward Boleslaw
   Bolesław Jan Josef Józef Tadeusz Kazimierz Zygmunt Wincenty Edvard Klement Jan Tito Josip Ivan Milovan Georgi Todor Vasil Traicho Petru Gheorghe Ana Iuliu Constantin Nicolae Ion
   Mohammed Mohammad Muhammad Mohamed Ali Ahmad Ahmed Hassan Hasan Hossein Hussein Husain Mahmud Mahmoud Mustafa Mostafa Abdul Abol Abolhassan Ja'far Jafar Javad Reza Qavam Ebrahim
   Ibrahim Ismail Ismet Fuad Nuri Kemal Sukru Şükrü Numan Hikmet Ismet Charles Georges Henri Jean Jacques Pierre Paul Louis Léon Maurice Édouard Edouard Pierre Georges Chiang
   Juan José Jose Pedro Pablo Orlando Lorenzo Felipe Alberto Carlos Luis Manuel Francisco Antonio Jorge Ramón Ramon Miguel Enrique Fernando Ricardo Raúl Raul Ernesto Eduardo
   Alfonso Martín Edelmiro Getúlio Getulio Eurico Oswaldo Osvaldo Joao João Afrânio Gustavo Arturo Emilio Ezequiel Diego Rafael Salvador Lázaro Lazaro Fulgencio Anastasio Rómulo Romulo
   Madame Anna Mary Eleanor Elizabeth Margaret Dorothy Helen Ruth Alexandra Soong`.split(/\s+/).filter((w) => w !== 'Chiang' && w !== 'Madame' && w !== 'Soong'),
);

/** Surnames of Chinese names in Wade–Giles, postal and pinyin spellings, and of Korean names (McCune–Reischauer and the revised romanisation that translations of Soviet papers use: Jeong, Baek). */
export const EAST_ASIAN_SURNAMES = new Set(
  `Wang Li Lee Zhang Chang Liu Chen Ch'en Chen Yang Zhao Chao Huang Hwang Zhou Chou Wu Xu Hsu Sun Hu Zhu Chu Gao Kao Lin Ho He Guo Kuo Ma Luo Lo Liang Song Sung Soong Zheng Cheng
   Xie Hsieh Han Tang T'ang Feng Yu Dong Tung Xiao Hsiao Cao Ts'ao Tsao Yuan Deng Teng Fu Shen Zeng Tseng Peng P'eng Lu Su Jiang Chiang Tsiang Cai Tsai Jia Chia Ding Ting Wei Xue
   Hsueh Ye Yeh Yan Yen Pan P'an Du Tu Dai Tai Xia Hsia Zhong Chung Tian T'ien Ren Jen Fan Fang Shi Shih Yao Tan T'an Liao Zou Tsou Xiong Hsiung Jin Chin Hao Kong K'ung Kung Bai
   Pai Cui Ts'ui Kang K'ang Mao Qiu Ch'iu Qin Ch'in Gu Ku Hou Shao Meng Long Lung Duan Tuan Lei Qian Ch'ien Yin Yi Qiao Ch'iao Lai Gong Kung Wen Koo Kiang Chai Chow Chiao
   Kim Pak Park Choe Ch'oe Choi Chong Cho Yun Yoon Im Lim Seo So Shin Sin Kwon Kwŏn An Ahn Ryu Yu Hong Mun Moon Rhee Hyon Ho Ri Kang Nam Paek Om Kye Ko
   Jeong Jung Jang Baek Bek Ju Joo Jo Yoo Gang Heo Hur Kwak Oh Yeo Yim Ha Min Shim Won Cha Byun Byeon Hyeon Gim Bak`.split(/\s+/),
);

/** Whether a run of words has the shape of a Chinese or Korean name: a surname, then one or two capitalised syllables (`Wang Ming`, `Pak Heon-yeong`, `Ren Bishi`). */
export function eastAsianName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3 || !EAST_ASIAN_SURNAMES.has(words[0]!)) return false;
  return words.slice(1).every((w) => /^\p{Lu}\p{Ll}{1,7}(?:-\p{Ll}{1,7})?$/u.test(w)) || (words.length === 3 && /^\p{Lu}\p{Ll}{1,7}$/u.test(words[1]!) && /^\p{Lu}$/u.test(words[2]!));
}

/** Whether a word ends as a Slavic or Caucasian surname does (Kuznetsov, Vyshinsky, Shevchenko, Mikoyan, Dzhugashvili). */
export function slavicSurname(word: string): boolean {
  return /\p{Ll}(?:ov|ova|ev|eva|yev|sky|ski|skii|skiy|skaya|enko|vich|ovich|evich|yan|shvili|dze|chuk|czyk|owski|ewski)$/u.test(word) && word.length > 4;
}
