"""Source groups for data/region_counties.csv beyond the 239 rows of the partial file.

Each group: region, basis, source (URL + place in the page), note, evidence (file in data/evidence/),
and either whole_prefectures (4-digit GB/T 2260 prefixes, end-2012) or counties
[(province 2-digit prefix, prefecture name in 2012, [county names as in 2012])].
Groups listed first win when two groups give the same (region, county).
"""

GROUPS = [
    # ---------------- Dabie: explicit ----------------
    dict(region="dabie", basis="explicit",
         source="http://www.zgghw.org.cn/html/chengxiangguihua/fenggesheji/20120703/19642.html "
                "(中国规划网 reprint of 安徽商报 2012-07-03, '大别山区域发展与扶贫规划通过论证', para. 2)",
         note="source: '我省大别山片区主要包括安庆、六安、阜阳和亳州4市,其中金寨、寿县、利辛、阜南和颍上等"
              "12个县是国家级连片特困地区' (Anhui has 12 Dabie 片区 counties; 5 named)",
         evidence="dabie.md",
         counties=[("34", "亳州市", ["利辛县"]), ("34", "阜阳市", ["阜南县", "颍上县"])]),

    # ---------------- Wuling: approximate (plan scope, Hunan part) ----------------
    dict(region="wuling", basis="approximate",
         source="张家界新闻网 news '10月19日讯 (记者 李泽菊)' on 湖南省《武陵山片区旅游扶贫攻坚规划》调研座谈会 "
                "(URL not recorded; quoted in ../shared/data/wuling_plan_scope_hunan.csv)",
         note="PLAN SCOPE, not the 2012 list: '我省有37个县市(区)被纳入规划范围,包括张家界市、湘西州、怀化市及...'; "
              "whole prefecture of the plan scope, all 2012 county units of the prefecture",
         evidence="wuling.md",
         whole_prefectures=["4308", "4331", "4312"]),
    dict(region="wuling", basis="approximate",
         source="张家界新闻网 news '10月19日讯 (记者 李泽菊)' on 湖南省《武陵山片区旅游扶贫攻坚规划》调研座谈会 "
                "(URL not recorded; quoted in ../shared/data/wuling_plan_scope_hunan.csv)",
         note="PLAN SCOPE, not the 2012 list: county named in the Hunan part of the Wuling plan scope "
              "('...及邵阳市的新邵县、邵阳县、隆回县、洞口县、绥宁县、新宁县、城步苗族自治县、武冈市,常德市的石门县、"
              "益阳市的安化县,娄底市的新化县、涟源市、冷水江市')",
         evidence="wuling.md",
         counties=[("43", "邵阳市", ["新邵县", "邵阳县", "隆回县", "洞口县", "绥宁县", "新宁县",
                                     "城步苗族自治县", "武冈市"]),
                   ("43", "常德市", ["石门县"]), ("43", "益阳市", ["安化县"]),
                   ("43", "娄底市", ["新化县", "涟源市", "冷水江市"])]),

    # ---------------- Dianxi: approximate (10 prefectures of the plan scope) ----------------
    dict(region="dianxi", basis="approximate",
         source="https://www.pishu.com.cn/skwx_ps/multimedia/ImageDetail?ContentType=MultimediaImageContentType"
                "&ID=3948843&SiteID=14 (皮书数据库 2015-03, '滇西边境片区城镇化特征、趋势与路径', section 一)",
         note="APPROXIMATE: source names the 10 prefectures holding the 56 片区 counties "
              "('包括云南省保山市、临沧市、丽江市、普洱市、大理白族自治州、楚雄彝族自治州、西双版纳傣族自治州、"
              "德宏傣族景颇族自治州、红河哈尼族彝族自治州和怒江傈僳族自治州等10个市(州)的集中连片特殊困难地区县"
              "(市、区)56个') but not the counties; every 2012 county unit of the 10 prefectures is listed "
              "(75 units, so about 19 are NOT members)",
         evidence="dianxi.md",
         whole_prefectures=["5305", "5309", "5307", "5308", "5329", "5323", "5328", "5331", "5325", "5333"]),

    # ---------------- Yanshan-Taihang: Hebei 22 (explicit) ----------------
    dict(region="yanshan_taihang", basis="explicit",
         source="http://www.afdelivr.top/gzdt/2012-03/02/content_2081207.htm (mirror of gov.cn gzdt 2012-03-02 "
                "content_2081207, Hebei adjustment of poverty counties, last paragraph)",
         note="source (March 2012, Hebei announcement): '列入国家燕山—太行山连片特殊困难地区的有唐县、阜平县、顺平县、涞源县、"
              "易县、曲阳县、涞水县、望都县、蔚县、阳原县、怀安县、万全县、张北县、沽源县、尚义县、康保县、宣化县、丰宁满族自治县、"
              "围场满族蒙古族自治县、隆化县、平泉县、承德县等22个县' (before the June-2012 national list; Hebei 22 + "
              "Shanxi + Inner Mongolia 3 = 33)",
         evidence="yanshan_taihang.md",
         counties=[("13", "保定市", ["唐县", "阜平县", "顺平县", "涞源县", "易县", "曲阳县", "涞水县", "望都县"]),
                   ("13", "张家口市", ["蔚县", "阳原县", "怀安县", "万全县", "张北县", "沽源县", "尚义县", "康保县",
                                       "宣化县"]),
                   ("13", "承德市", ["丰宁满族自治县", "围场满族蒙古族自治县", "隆化县", "平泉县", "承德县"])]),

    # ---------------- Liupan: Qinghai part, approximate (plan coverage names 海东地区) ----------------
    dict(region="liupan", basis="approximate",
         source="https://3news.cn/news/guonei/2015/1205/47289.html (news of the 六盘山片区扶贫攻坚部省协调推进会, "
                "Lanzhou 2015-12-04, paragraph 2)",
         note="APPROXIMATE: source: '六盘山片区覆盖宁夏西海固地区、陕西桥山西部地区、甘肃中东部地区及青海海东地区'; Qinghai has 7 "
              "Liupan counties (kechixu1 plan excerpt), so the 6 units of 海东地区 (end-2012) are listed and 1 Qinghai "
              "county is still missing; membership of each Haidong unit is not stated",
         evidence="liupan.md",
         whole_prefectures=["6321"]),
    # ---------------- Luoxiao: Hunan 6 (explicit, three sources) ----------------
    dict(region="luoxiao", basis="explicit",
         source="https://www.hnass.cn/dwyw/4019.html (湖南省社会科学院 news 2012-04-19, '罗霄山片区区域发展与扶贫攻坚规划"
                "编制工作汇报与对接会议在郴州召开', para. 2)",
         note="source: '会上,来自郴州市罗霄山片区的宜章、汝城、桂东和安仁4县的有关县领导分别就各县的规划编制工作情况及存在的问题"
              "等作了汇报' (April 2012, plan drafting; Hunan has 23 − 17 = 6 Luoxiao counties by arithmetic)",
         evidence="luoxiao.md",
         counties=[("43", "郴州市", ["宜章县", "汝城县", "桂东县", "安仁县"])]),
    dict(region="luoxiao", basis="explicit",
         source="https://jxxfw.com/periodical/dbb1a1fbf56ced003bc01b1ec12150d1.html (journal abstract on 茶陵, first sentence)",
         note="source: '茶陵地处湘赣边界、罗霄山脉西麓,...也是井冈山革命老区、罗霄山脉片区重点扶贫县、株洲市脱贫攻坚主战场'",
         evidence="luoxiao.md",
         counties=[("43", "株洲市", ["茶陵县"])]),
    dict(region="luoxiao", basis="explicit",
         source="http://www.handmsg.com/page/2014/0103/19487086.shtml (丁洁琼, 彭鹏, 杨静静, 湖南师范大学, paper on 炎陵县, para. 1)",
         note="source: '我国中部罗霄山片区作为...连片特困地区之一,...而炎陵县作为片区典型贫困县' (traditional characters in the page)",
         evidence="luoxiao.md",
         counties=[("43", "株洲市", ["炎陵县"])]),
    # ---------------- Luoxiao: Jiangxi, explicit ----------------
    dict(region="luoxiao", basis="explicit",
         source="https://22.wendadaohang.com/zd/C2fhS2S2S2SThTh6SXh.html (Q&A '宁都是哪个省', answer para. 1)",
         note="source: '宁都...是原中央苏区核心县、国家扶贫开发工作重点县、西部大开发政策延伸县、罗霄山脉特困片区县' "
              "(a Q&A site copying an encyclopedia entry: weak, but explicit)",
         evidence="luoxiao.md",
         counties=[("36", "赣州市", ["宁都县"])]),

    # ---------------- Wuling: Hubei, explicit ----------------
    dict(region="wuling", basis="explicit",
         source="https://scholarmate.com/S/XZ8yTA (journal abstract on 长阳, first sentence)",
         note="source: '湖北省宜昌市长阳土家族自治县是国家扶贫开发工作重点县和武陵山扶贫攻坚片区县'",
         evidence="wuling.md",
         counties=[("42", "宜昌市", ["长阳土家族自治县"])]),

    # ---------------- Yunnan-Guangxi-Guizhou: explicit ----------------
    dict(region="dian_gui_qian", basis="explicit",
         source="https://scholarmate.com/S/gbdetE (journal abstract on 都安, first sentence)",
         note="source: '河池市都安瑶族自治县,地处广西壮族自治区腹地偏西,是国家扶贫开发工作重点县、滇桂黔石漠化片区县'",
         evidence="dian_gui_qian.md",
         counties=[("45", "河池市", ["都安瑶族自治县"])]),
]
