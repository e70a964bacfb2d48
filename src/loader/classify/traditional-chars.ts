/**
 * Traditional characters that interview posts from Taiwan and Hong Kong use for this field's
 * vocabulary, each folded to its simplified form. One character to one character, so offsets
 * into the original text survive. Characters whose traditional form is also a common simplified
 * character with another meaning (乾, 著, 隻…) are left out on purpose.
 */
const PAIRS =
  '與与為为這这個个們们來来時时會会說说對对應应過过還还開开關关問问題题點点從从機机學学習习類类' +
  '數数據据網网絡络層层歸归納纳碼码編编譯译訓训練练優优損损變变換换長长處处語语義义詞词彙汇匯汇' +
  '檢检強强獎奖勵励懲惩罰罚價价餾馏壓压縮缩區区別别參参準准確确評评測测覺觉錯错誤误結结構构標标' +
  '記记號号預预緩缓並并併并佈布計计顯显憶忆體体實实現现寫写庫库圖图譜谱鏈链條条術术報报試试驗验' +
  '專专閾阈視视聽听聲声頻频難难經经簡简歷历項项職职業业規规劃划資资團团隊队溝沟議议論论獻献讀读' +
  '線线雙双負负樣样溫温係系維维統统決决樹树隨随貝贝葉叶擬拟導导證证動动態态節节棧栈組组閉闭間间' +
  '陣阵遞递迴回貪贪雜杂複复頭头輸输選选擇择較较於于麼么話话輪轮調调適适權权減减熱热斂敛穩稳範范' +
  '圍围務务遲迟發发採采尋寻復复塊块協协籤签嚮向場场馬马爾尔邏逻輯辑萬万億亿兩两嗎吗裡里裏里後后' +
  '將将當当總总種种廣广無无進进運运達达邊边遠远義义歸归幾几電电腦脑軟软體体門门覽览紹绍鑑鉴' +
  '鑒鉴產产卻却虛虚擬拟雲云層层殘残屬属蟲虫驅驱環环淨净濾滤劑剂齊齐齒齿戰战爭争觀观錄录極极' +
  '殺杀險险據据證证辦办務务傳传遞递構构討讨論论詳详細细級级設设讓让認认識识譯译護护講讲課课請请' +
  '謝谢變变贏赢賽赛費费質质購购貨货資资賬账戶户額额獲获買买賣卖鐘钟錶表針针鍵键鏡镜閱阅陳陈隱隐' +
  '險险雜杂離离難难順顺預预領领頁页顏颜願愿類类飛飞驗验體体鬆松麗丽黃黄點点齡龄龍龙龜龟' +
  '衝冲衛卫補补裝装製制親亲觸触計计訊讯託托記记訪访設设許许診诊詞词該该誠诚誰谁課课調调談谈' +
  '諾诺謂谓識识譜谱讀读變变讚赞豐丰貓猫貢贡負负財财責责貴贵費费貼贴賀贺賓宾賴赖趕赶趨趋軌轨較较' +
  '輔辅輕轻載载輯辑轉转辭辞農农迴回遊游運运遙遥鄰邻釋释針针鈕钮鋼钢錯错鍊链鎖锁長长閃闪閒闲闡阐' +
  '階阶隊队陸陆雖虽雞鸡電电霧雾靈灵韌韧響响頂顶須须頓顿頻频題题額额顧顾風风飽饱餘余館馆';

export const SIMPLIFIED_OF = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  const traditional = PAIRS[i];
  const simplified = PAIRS[i + 1];
  if (traditional !== undefined && simplified !== undefined && traditional !== simplified) {
    SIMPLIFIED_OF.set(traditional, simplified);
  }
}
