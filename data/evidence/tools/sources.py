"""Source groups for data/region_counties.csv beyond the 239 rows of the partial file.

Each group: region, basis, source (URL + place in the page), note, evidence (file in data/evidence/),
and either whole_prefectures (4-digit GB/T 2260 prefixes, end-2012) or counties
[(province 2-digit prefix, prefecture name in 2012, [county names as in 2012])].
Groups listed first win when two groups give the same (region, county).
"""

GROUPS = [
    # ================= third round (2026-12-06, ../shared/data/counties_round3): explicit hits =================
    # Listed first: a county they name (新县, 环江, 新邵) takes this stronger basis over the plan scope or the
    # prefecture-level approximations below.
    dict(region="luliang", basis="explicit",
         source="ChinaXiv 201810.00128: 夏四友, 文琦, 赵媛, 宋永永, 杜毅贤, 乔利娜 (2018), 陕北能源开发区产业同构化对比研究与趋势预测, "
                "the paper's grouping of 榆林's counties (copy read: https://github.com/DreamBlooms/ChinaXiv-201601-to-202209/"
                "blob/b13a740d2705c884af43414b8399202fbc996858/md/ChinaXiv-201810.00128V1.md)",
         note="source: '将榆林市划分为北六县：榆阳区、神木县、府谷县、横山县、靖边县、定边县，南六县：绥德县、米脂县、佳县、吴堡县、"
              "清涧县、子洲县。 … 较北六县相比，南六县依旧是国家级连片特困地区吕梁山片区的重要组成部分' (MEDIUM trust: a peer-reviewed "
              "regional-geography paper names the six counties as a group and places the group in the 片区; not the list "
              "itself; it says nothing about 横山)",
         evidence="luliang.md",
         counties=[("61", "榆林市", ["绥德县", "米脂县", "佳县", "吴堡县", "清涧县", "子洲县"])]),
    dict(region="khingan", basis="explicit",
         source="http://big5.china.com.cn/gate/big5/f.china.com.cn/2019-12/16/content_75516225.htm (新华社 2019-12-15, "
                "'巍巍兴安岭,脱贫新风景——大兴安岭南麓集中连片特困地区精准扶贫“拔穷根”', the example of 幸福屯)",
         note="source: '大興安嶺南麓片區主要包括內蒙古自治區、吉林省、黑龍江省22個旗縣市區 … 幸福屯位於吉林省白城市通榆縣' (WEAK: "
              "the feature on the 片区 takes a village of 通榆 as its example; it names no list, and its 22 units are "
              "probably the plan scope, the list has 19)",
         evidence="khingan.md",
         counties=[("22", "白城市", ["通榆县"])]),
    dict(region="dabie", basis="explicit",
         source="ChinaXiv 202204.00130: 孙健武, 高军波 et al. (2022), 不同地理环境下“空间贫困陷阱”分异机制比较——基于大别山与黄土高原"
                "的实证, 干旱区地理 (copy read: https://github.com/DreamBlooms/ChinaXiv-201601-to-202209/blob/"
                "b13a740d2705c884af43414b8399202fbc996858/md/ChinaXiv-202204.00130V1.md)",
         note="source: '以大别山区的新县和黄土高原地区的延长县为例 … 新县属于国家连片特困地区重点县' (MEDIUM trust: a peer-reviewed "
              "paper; the region and the membership are stated in two adjacent sentences, not one)",
         evidence="dabie.md",
         counties=[("41", "信阳市", ["新县"])]),
    dict(region="dian_gui_qian", basis="explicit",
         source="ChinaXiv 201806.00266: 曾馥平, 曾昭霞, 张浩, 段瑞 (2018), 科技引领精准扶贫精准脱贫——中国科学院广西环江县定点科技扶贫"
                "的实践与探讨, 中国科学院院刊, first paragraph (copy read: https://github.com/DreamBlooms/"
                "ChinaXiv-201601-to-202209/blob/b13a740d2705c884af43414b8399202fbc996858/md/ChinaXiv-201806.00266V1.md)",
         note="source: '广西壮族自治区环江毛南族自治县（以下简称“环江县”）是滇桂黔石漠化集中连片特困地区片区县'",
         evidence="dian_gui_qian.md",
         counties=[("45", "河池市", ["环江毛南族自治县"])]),
    dict(region="wuling", basis="explicit",
         source="https://baijiahao.baidu.com/s?id=1634386486765349743 ('新邵:打了一场漂亮的“脱贫”歼灭战', 2019-05-24, first "
                "sentence; copy read: the snippet quoted in a public Python scraper of 2019)",
         note="source: '新邵县是武陵山片区区域发展和扶贫攻坚县' (WEAK: a news snippet copied into code; the usual wording for a 片区 "
              "county, but it could also be read as the plan scope)",
         evidence="wuling.md",
         counties=[("43", "邵阳市", ["新邵县"])]),

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
                "(URL not recorded; the passage is quoted in the note)",
         note="PLAN SCOPE, not the 2012 list: '我省有37个县市(区)被纳入规划范围,包括张家界市、湘西州、怀化市及...'; "
              "whole prefecture of the plan scope, all 2012 county units of the prefecture",
         evidence="wuling.md",
         whole_prefectures=["4308", "4331", "4312"]),
    dict(region="wuling", basis="approximate",
         source="张家界新闻网 news '10月19日讯 (记者 李泽菊)' on 湖南省《武陵山片区旅游扶贫攻坚规划》调研座谈会 "
                "(URL not recorded; the passage is quoted in the note)",
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
    # ================= second round (2026-11-25): explicit hits =================
    dict(region="dabie", basis="explicit",
         source="https://soolun.net/periodical/0050bdfcb544d32512f54317fb69c67a.html (journal abstract on 光山县, para. 1)",
         note="source: '2011年,光山被确定为国家新一轮扶贫开发工作重点县和大别山集中连片特困地区片区县'",
         evidence="dabie.md",
         counties=[("41", "信阳市", ["光山县"])]),
    dict(region="luliang", basis="explicit",
         source="https://www.chaxiaohao.com/read-1751068254l3488120.html (Q&A page 2025-06-28 on Shanxi's poorest county, para. 2)",
         note="source: '石楼县地处吕梁山集中连片特困区' (a 2025 Q&A aggregator: WEAK source, explicit wording)",
         evidence="luliang.md",
         counties=[("14", "吕梁市", ["石楼县"])]),
    dict(region="luliang", basis="explicit",
         source="https://m.lovfp.com/dongshi/rdbce/rZzJpylAZB (list of Shanxi's poorest counties, entry 永和县)",
         note="source: '永和县是山西省最穷的县之一...是吕梁山集中连接[sic]贫困地区的深贫困县' (aggregator: WEAK source, explicit wording)",
         evidence="luliang.md",
         counties=[("14", "临汾市", ["永和县"])]),
    dict(region="yanshan_taihang", basis="explicit",
         source="https://m.gzjll.com/3/4001007.html (Q&A '繁峙县是否是集中连片贫困地区?', para. 1)",
         note="source: '繁峙县曾是山西省的深度贫困县,位于太行山集中连片特困地区...属于国家划定的14个集中连片贫困地区之一' "
              "(aggregator: WEAK source; 'Taihang' read as the Yanshan-Taihang region)",
         evidence="yanshan_taihang.md",
         counties=[("14", "忻州市", ["繁峙县"])]),

    # ================= approximations: Wumeng =================
    dict(region="wumeng", basis="approximate",
         source="http://xinhuanet.com/local/2021-02/27/c_1127146752.htm (新华社 2021-02-27 '“贫中之贫”乌蒙山片区翻身记', para. 1)",
         note="APPROXIMATE: source names the prefecture ('昭通、毕节、凉山……属于全国14个集中连片特困地区的乌蒙山区') but not "
              "its counties; all 11 end-2012 units of 昭通市 are listed (Yunnan has 15 Wumeng counties: at least 4 are "
              "elsewhere in Yunnan and not listed; a Zhaotong unit may not be a member)",
         evidence="wumeng.md", whole_prefectures=["5306"]),
    dict(region="wumeng", basis="approximate",
         source="http://xinhuanet.com/local/2021-02/27/c_1127146752.htm (新华社 2021-02-27, para. 1)",
         note="APPROXIMATE: source names the prefecture (毕节) but not its counties; all 8 end-2012 units of 毕节市 are listed "
              "(Guizhou has 10 Wumeng counties: 2 or more are elsewhere and not listed)",
         evidence="wumeng.md", whole_prefectures=["5205"]),
    dict(region="wumeng", basis="approximate",
         source="http://xinhuanet.com/local/2021-02/27/c_1127146752.htm (新华社 2021-02-27, para. 1)",
         note="APPROXIMATE: source names the prefecture (凉山) but not its counties; the 9 Yi-area counties listed are a "
              "county choice within the sourced prefecture from general knowledge, NOT from a source (木里 is in tibetan_areas; Sichuan has 13 Wumeng counties, the 泸州/乐山/宜宾 ones are not listed)",
         evidence="wumeng.md",
         counties=[("51", "凉山彝族自治州", ["普格县", "布拖县", "金阳县", "昭觉县", "喜德县", "越西县", "甘洛县",
                                              "美姑县", "雷波县"])]),

    # ================= approximations: Yunnan-Guangxi-Guizhou =================
    dict(region="dian_gui_qian", basis="approximate",
         source="https://fx361.cc/page/2014/0131/16314064.shtml (邓家富, 中国水土保持 2014(1), '黔西南州石漠化治理的主要做法及成功模式', para. 1)",
         note="APPROXIMATE: source: '是全国扶贫攻坚11个重点区中唯一以“石漠化”名称命名的扶贫攻坚区,在全国500个石漠化治理工程县和"
              "扶贫攻坚石漠化治理重点区域的16市(州)96个县(市)中,黔西南州下辖的8县(市)全部纳入' (a planning area of 96 "
              "units, not the 2012 list); all 8 end-2012 units of 黔西南州",
         evidence="dian_gui_qian.md", whole_prefectures=["5223"]),
    dict(region="dian_gui_qian", basis="approximate",
         source="http://xzqh.info/lt/read.php?page=e&tid=129055 (repost of 瞭望 report '石漠化腹地的“翻身仗”', para. 3)",
         note="APPROXIMATE: source: '车行250公里,就是滇桂黔石漠化片区腹地——...河池市' (prefecture only); all 11 end-2012 "
              "units of 河池市 are listed (都安 and 环江 have explicit sources); the city district 金城江区 in particular may not be a member",
         evidence="dian_gui_qian.md", whole_prefectures=["4512"]),

    # ================= approximations: Lüliang (Shanxi) =================
    dict(region="luliang", basis="approximate",
         source="https://scholarmate.com/S/WKmLrG (journal abstract on 吕梁's poverty alleviation, first sentence)",
         note="APPROXIMATE: source: '吕梁是全国14个集中连片贫困地区之一' (the prefecture, not its counties); 兴县, 临县, 岚县 "
              "are a county choice within the sourced prefecture from general knowledge, NOT from a source (石楼 is explicit, weak)",
         evidence="luliang.md",
         counties=[("14", "吕梁市", ["兴县", "临县", "岚县"])]),
    dict(region="luliang", basis="approximate",
         source="https://m.lovfp.com/dongshi/rdbce/rZzJpylAZB (entry 永和县, which places 永和 of 临汾 in the region)",
         note="APPROXIMATE: 临汾 holds 永和 (explicit, weak); 吉县, 大宁县, 隰县, 汾西县 are a county choice within the sourced prefecture from general knowledge, NOT from a source",
         evidence="luliang.md",
         counties=[("14", "临汾市", ["吉县", "大宁县", "隰县", "汾西县"])]),

    # ================= approximations: Yanshan-Taihang (Shanxi) =================
    dict(region="yanshan_taihang", basis="approximate",
         source="https://m.gzjll.com/3/4001007.html (繁峙 of 忻州 placed in the region; weak)",
         note="APPROXIMATE: 忻州 holds 繁峙 (explicit, weak); 五台县 is a county choice within the sourced prefecture from general knowledge, NOT from a source; Shanxi has 8 Yanshan-Taihang counties by "
              "arithmetic, the 大同 ones are not listed (no source found)",
         evidence="yanshan_taihang.md",
         counties=[("14", "忻州市", ["五台县"])]),

    # ================= approximations: Dabie =================
    dict(region="dabie", basis="approximate",
         source="https://soolun.net/periodical/0050bdfcb544d32512f54317fb69c67a.html (光山 of 信阳 is a 片区县)",
         note="APPROXIMATE: 信阳 holds 光山 and 新县 (explicit); 商城县, 固始县, 淮滨县 are a county choice within the sourced prefecture from general knowledge, NOT from a source; the rest of Henan "
              "(other prefectures) is not listed",
         evidence="dabie.md",
         counties=[("41", "信阳市", ["商城县", "固始县", "淮滨县"])]),
    dict(region="dabie", basis="approximate",
         source="http://www.zgghw.org.cn/html/chengxiangguihua/fenggesheji/20120703/19642.html (安徽商报 2012-07-03, para. 2)",
         note="APPROXIMATE: source: '我省大别山片区主要包括安庆、六安、阜阳和亳州4市,其中金寨、寿县、利辛、阜南和颍上等12个县是"
              "国家级连片特困地区'; 临泉县 (阜阳) and 潜山县, 太湖县, 宿松县, 岳西县 (安庆) are a county choice within the sourced prefecture from general knowledge, NOT from a source (Anhui 12: 6 sourced + "
              "these 5 = 11)",
         evidence="dabie.md",
         counties=[("34", "阜阳市", ["临泉县"]), ("34", "安庆市", ["潜山县", "太湖县", "宿松县", "岳西县"])]),

    # ================= approximations: Qinba =================
    dict(region="qinba", basis="approximate",
         source="https://cbgc.scol.com.cn/city/392431 (四川省社会科学院 report on 巴中, section 一) ; "
                "https://jxxfw.com/periodical/f296e4dd85188dc303106ce210067d75.html (民生周刊, '四川巴中:从用脚丈量到日行千里')",
         note="APPROXIMATE: sources: '巴中市虽处革命老区、边远山区、秦巴山集中连片特困地区的“三区叠加”典型地区...全市所辖5个区县均属"
              "国家或省级扶贫开发片区县和重点县' and '巴中...是秦巴山片区区域发展与脱贫攻坚规划三大中心城市之一'; all 4 end-2012 "
              "units of 巴中市 (恩阳区 was split off in 2013)",
         evidence="qinba.md", whole_prefectures=["5119"]),
    dict(region="qinba", basis="approximate",
         source="http://kaowaiyu.cn/health/news/17456825.html (安康 overview, para. 2)",
         note="APPROXIMATE: source: '安康市...地處秦巴山區...也是國家確定的秦巴山片區區域發展與扶貧攻堅重點區域' (prefecture only); "
              "all 10 end-2012 units of 安康市",
         evidence="qinba.md", whole_prefectures=["6109"]),

    # ================= approximations: Wuling (Hubei, Chongqing, Guizhou) =================
    dict(region="wuling", basis="approximate",
         source="Wang, Li & He (2014), Studies in Sociology of Science 5(1), 12-19, Section 3, paragraph 1 ('Taking Enshi, "
                "Huhua, Tongren and Qianjiang in Wulingshan areas as an example') https://doi.org/10.3968/j.sss.1923018420140501.4136",
         note="APPROXIMATE: the seed names 恩施 as a Wulingshan prefecture; all 8 end-2012 units of 恩施州",
         evidence="wuling.md", whole_prefectures=["4228"]),
    dict(region="wuling", basis="approximate",
         source="Wang, Li & He (2014), Studies in Sociology of Science 5(1), 12-19, Section 3, paragraph 1 (same passage) "
                "https://doi.org/10.3968/j.sss.1923018420140501.4136",
         note="APPROXIMATE: the seed names 铜仁 as a Wulingshan prefecture; all 10 end-2012 units of 铜仁市",
         evidence="wuling.md", whole_prefectures=["5206"]),
    dict(region="wuling", basis="approximate",
         source="Wang, Li & He (2014), Studies in Sociology of Science 5(1), 12-19, Section 3, paragraph 1 (same passage) "
                "https://doi.org/10.3968/j.sss.1923018420140501.4136",
         note="APPROXIMATE: the seed names 黔江 (Chongqing) as a Wulingshan unit; the other Chongqing units are not listed",
         evidence="wuling.md", counties=[("50", "直辖", ["黔江区"])]),
    dict(region="wuling", basis="approximate",
         source="Wang, Li & He (2014), Studies in Sociology of Science 5(1), 12-19, Section 3.1, paragraph 1 ('...in Zunyi "
                "have energy, food and pharmacy...', listed with Qianjiang, Enshi, Huaihua as impoverished-region examples) "
                "https://doi.org/10.3968/j.sss.1923018420140501.4136",
         note="APPROXIMATE: the seed cites 遵义 among its Wulingshan examples (not explicitly as Wuling); 正安县, 道真, 务川, "
              "凤冈县, 湄潭县, 余庆县 are a county choice within the sourced prefecture from general knowledge, NOT from a source",
         evidence="wuling.md",
         counties=[("52", "遵义市", ["正安县", "道真仡佬族苗族自治县", "务川仡佬族苗族自治县", "凤冈县", "湄潭县", "余庆县"])]),
    # ================= approximations: Luoxiao (Jiangxi) =================
    dict(region="luoxiao", basis="approximate",
         source="http://big5.china.com.cn/gate/big5/f.china.com.cn/2017-05/22/content_40864666_8.htm (中国网 2017-05-22, caption)",
         note="APPROXIMATE: source: '贛州...有11個羅霄山集中連片特困地區縣' (count, no names); 宁都 is explicit; the other 10 "
              "listed are a county choice within the sourced prefecture from general knowledge, NOT from a source",
         evidence="luoxiao.md",
         counties=[("36", "赣州市", ["赣县", "南康市", "上犹县", "安远县", "于都县", "兴国县", "会昌县", "寻乌县", "石城县",
                                     "瑞金市"])]),
    dict(region="luoxiao", basis="approximate",
         source="http://news.fjsen.com/2017-06/27/content_19719638.htm (新华社 2017-06-26 '罗霄山脉连片特困地区脱贫观察', paras 2-4)",
         note="APPROXIMATE: the region report takes 井冈山市 (茅坪乡坝上村) as its first example ('今年2月,井冈山市宣布在全国率先"
              "脱贫摘帽'), without saying in so many words that it is a 片区县",
         evidence="luoxiao.md",
         counties=[("36", "吉安市", ["井冈山市"])]),
    dict(region="luoxiao", basis="approximate",
         source="http://paper.ce.cn/jjrb/html/2016-03/15/content_295686.htm (经济日报 2016-03-15, NPC deputy 龙波舟, last para.)",
         note="APPROXIMATE: source asks for a railway '途经浏阳市、上栗县、莲花县、永新县、井冈山市、遂川县等革命老区...助推罗霄山脉"
              "特困片区脱贫攻坚' (route counties, not a member list; 浏阳 and 上栗 are not listed here); 莲花县, 永新县, 遂川县 "
              "taken from it, 万安县 (吉安) is a county choice within the sourced prefecture from general knowledge, NOT from a source; 乐安县 (抚州) not listed (no source)",
         evidence="luoxiao.md",
         counties=[("36", "萍乡市", ["莲花县"]), ("36", "吉安市", ["永新县", "遂川县", "万安县"])]),
]
