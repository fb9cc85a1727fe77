"""Word tables for the demo office: Chinese names, Shanghai places, projects, problems, fixes.

Only the `app.demo` package uses them; they are data, kept apart from the generator's logic.
"""

from __future__ import annotations

from datetime import timedelta

from app import workflow as wf

# ---------------------------------------------------------------------------------------------
# Names, places and words
# ---------------------------------------------------------------------------------------------


def words(text: str) -> list[str]:
    return text.split()


SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏"
    "吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
)
SURNAME_WEIGHTS = [12 if i < 10 else 6 if i < 30 else 2 for i in range(len(SURNAMES))]
GIVEN_SINGLE = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚斌鹏辉华红玲萍燕蕾琳"
GIVEN_FIRST = "建国志文海晓玉春明俊佳思雨子浩宇欣嘉宏永德秀美立新云金林凤英亚素慧家天晨梦雪"
GIVEN_SECOND = "华军平英兰芳婷敏杰斌鹏辉峰强磊琴霞萍勇涛明龙刚飞琳颖倩怡涵轩昊宁东伟静"
MOBILE_PREFIXES = words(
    "130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 159 "
    "166 173 177 180 181 182 183 185 186 187 188 189 191 198 199"
)

# district → roads (Shanghai), with how often the branch works there
ROADS: dict[str, list[str]] = {
    "浦东新区": words("张杨路 锦绣路 杨高南路 东方路 浦东南路 金桥路 花木路 芳甸路 川沙路"),
    "徐汇区": words("漕溪北路 天钥桥路 宜山路 田林路 龙华中路 虹漕路 钦州路 斜土路"),
    "闵行区": words("莘松路 七莘路 都市路 虹井路 古美路 银都路 春申路 沪闵路"),
    "静安区": words("延安中路 共和新路 万航渡路 江场西路 彭江路 永和路"),
    "长宁区": words("仙霞路 虹桥路 天山路 剑河路 哈密路 古北路"),
    "普陀区": words("真北路 曹杨路 金沙江路 长寿路 武宁路 宜川路"),
    "杨浦区": words("国权路 控江路 黄兴路 殷行路 政立路 长海路"),
    "宝山区": words("牡丹江路 共富路 友谊路 淞滨路 通河路 呼兰路"),
    "嘉定区": words("城中路 墨玉路 塔城路 博乐路"),
    "松江区": words("人民北路 中山中路 文诚路 荣乐东路"),
}
DISTRICT_WEIGHTS = [22, 12, 16, 8, 7, 8, 8, 9, 5, 5]
ESTATE_HEADS = words(
    "锦绣 阳光 金色 绿地 万科 仁恒 中远 华润 保利 翠湖 康桥 明珠 东方 碧云 梅园 和平 春申 古北 世纪 滨江 紫薇 香樟"
)
ESTATE_TAILS = words("花园 苑 新村 公寓 家园 名邸 华庭 雅苑 佳园 城 湾 豪庭")

# project name, how common, the work/product categories such a project may have carried out
PROJECTS: list[tuple[str, int, list[str]]] = [
    (name, weight, words(categories))
    for name, weight, categories in [
        (
            "三室两厅全屋装修",
            20,
            "bathroom_waterproofing electrical plumbing decoration flooring tiles furniture doors_windows "
            "sanitary_ware kitchen_appliances",
        ),
        (
            "两室一厅全屋装修",
            18,
            "bathroom_waterproofing electrical plumbing decoration flooring tiles furniture",
        ),
        (
            "四室两厅全屋装修",
            6,
            "bathroom_waterproofing electrical plumbing equipment decoration flooring furniture doors_windows",
        ),
        ("老房翻新", 12, "electrical plumbing bathroom_waterproofing decoration tiles doors_windows"),
        ("卫生间翻新", 12, "bathroom_waterproofing plumbing tiles sanitary_ware electrical"),
        ("厨房改造", 8, "plumbing electrical tiles furniture kitchen_appliances"),
        (
            "别墅整体装修",
            3,
            "roof_waterproofing exterior_wall bathroom_waterproofing electrical plumbing equipment "
            "decoration flooring doors_windows",
        ),
        ("顶楼屋面防水及阁楼改造", 3, "roof_waterproofing decoration electrical flooring"),
        ("阳台封窗及外墙防水", 4, "exterior_wall doors_windows tiles"),
        ("地暖及中央空调安装", 5, "equipment plumbing electrical"),
        ("客厅卧室局部翻新", 6, "decoration flooring electrical doors_windows"),
        ("全屋定制家具", 3, "furniture doors_windows"),
    ]
]

CATEGORY_CN = {
    "roof_waterproofing": "屋面防水",
    "bathroom_waterproofing": "卫生间防水",
    "exterior_wall": "外墙",
    "electrical": "电路",
    "plumbing": "水管",
    "equipment": "设备",
    "decoration": "墙面",
    "furniture": "柜子",
    "doors_windows": "门窗",
    "flooring": "地板",
    "tiles": "瓷砖",
    "sanitary_ware": "卫浴",
    "kitchen_appliances": "厨电",
}

# A product category's contract term (months), chosen per site: R5.2 "terms in their contract".
PRODUCT_TERMS = {
    "furniture": [24, 36, 60],
    "doors_windows": [24, 36],
    "flooring": [12, 24, 36],
    "tiles": [24],
    "sanitary_ware": [24, 36],
    "kitchen_appliances": [12, 24, 36],
}
# An occasional contract override of a statutory term (R5.2 "a contract may override").
OVERRIDE_TERMS = {"decoration": [36], "electrical": [36], "plumbing": [36], "bathroom_waterproofing": [96]}

# category → (product, model, serial prefix, contract term months)
PRODUCTS: dict[str, list[tuple[str, str, str, int]]] = {
    "equipment": [
        ("燃气壁挂炉", "威能 ecoTEC plus VUW 246/5-5", "VU", 36),
        ("燃气壁挂炉", "博世 欧洲之星 ZWB24-2A", "BS", 24),
        ("燃气壁挂炉", "菲斯曼 Vitodens 100-W", "VM", 36),
        ("中央空调", "大金 VRV-N 5匹一拖四", "DK", 72),
        ("新风系统", "松下 FY-25ZDP1C", "PN", 24),
    ],
    "doors_windows": [
        ("入户门", "盼盼 GFM-1021 甲级防盗门", "PP", 36),
        ("室内套装门", "TATA木门 009 静音门", "TA", 24),
        ("断桥铝系统窗", "旭格 AWS 70", "SC", 60),
    ],
    "furniture": [
        ("整体橱柜", "欧派 米兰印象", "OP", 60),
        ("整体衣柜", "索菲亚 北欧简约", "SF", 60),
        ("整体橱柜", "志邦 简约白", "ZB", 36),
    ],
    "kitchen_appliances": [
        ("吸油烟机", "方太 CXW-258-EMD1T", "FT", 60),
        ("燃气灶", "老板 27A3H", "RB", 24),
        ("嵌入式洗碗机", "西门子 SJ636X04JC", "SM", 24),
    ],
    "sanitary_ware": [
        ("智能马桶", "TOTO CES6631", "TO", 36),
        ("浴室柜", "科勒 K-2959T", "KO", 24),
        ("电热水器", "A.O.史密斯 E60VN3", "AO", 36),
    ],
}

# category → problems in the customer's words: (text, urgent hazard R1.5, complex repair)
PROBLEMS: dict[str, list[tuple[str, bool, bool]]] = {
    "roof_waterproofing": [
        ("屋顶下雨天漏水，顶楼卧室天花板有水渍", False, True),
        ("露台防水层破损，下雨后楼下渗水", False, True),
        ("阁楼墙角发霉，怀疑屋面渗漏", False, False),
        ("雨水顺着吊顶灯往下滴，灯不敢开", True, True),
    ],
    "bathroom_waterproofing": [
        ("卫生间地面渗水到楼下", False, True),
        ("淋浴房墙面返潮，隔壁卧室墙脚起皮", False, True),
        ("卫生间门槛石处渗水，门口木地板发黑", False, False),
        ("楼下邻居反映卫生间天花板滴水，靠近浴霸电线", True, True),
        ("主卫洗澡后地面积水，水往门外流", False, False),
    ],
    "exterior_wall": [
        ("外墙窗边渗水，下雨时窗台内侧有积水", False, False),
        ("外墙面砖空鼓，有一块已经掉下来了", True, True),
        ("阳台外墙有裂缝，刮台风时往里渗水", False, True),
    ],
    "electrical": [
        ("插座跳闸，一插电器就断电", False, False),
        ("厨房插座冒火花，有焦味", True, False),
        ("整屋突然停电，总闸合不上", True, False),
        ("卫生间浴霸不工作", False, False),
        ("客厅筒灯一半不亮", False, False),
        ("开关面板松动，按下去没反应", False, False),
    ],
    "plumbing": [
        ("厨房水槽下水管漏水", False, False),
        ("热水管爆裂，家里进水了", True, False),
        ("热水管水压很小，洗澡不出热水", False, False),
        ("马桶下水慢，经常堵塞", False, False),
        ("阳台地漏返臭味", False, False),
        ("总阀漏水关不上，家里停水", True, False),
    ],
    "equipment": [
        ("壁挂炉点不着火，显示故障代码F28", False, False),
        ("地暖不热，分水器有一路不通", False, True),
        ("中央空调不制冷，外机有异响", False, False),
        ("壁挂炉附近有燃气味", True, False),
        ("新风系统噪音很大，晚上睡不着", False, False),
    ],
    "decoration": [
        ("墙面开裂，客厅有几条细长裂缝", False, False),
        ("吊顶石膏板接缝开裂", False, False),
        ("乳胶漆墙面起皮脱落", False, False),
        ("卧室墙面发霉变黑", False, True),
        ("吊顶石膏板下沉，有掉落的危险", True, True),
    ],
    "furniture": [
        ("橱柜门铰链松动，门关不严", False, False),
        ("衣柜移门脱轨，推不动", False, False),
        ("橱柜台面开裂", False, True),
        ("抽屉滑轨卡顿拉不动", False, False),
        ("吊柜往下沉，担心掉下来", True, False),
    ],
    "doors_windows": [
        ("入户门锁芯坏了，钥匙拧不动", False, False),
        ("卧室门变形关不上", False, False),
        ("窗户密封条老化，刮风漏风漏雨", False, False),
        ("推拉窗滑轮坏了推不动", False, False),
        ("门框与墙面之间开裂", False, False),
    ],
    "flooring": [
        ("木地板起拱", False, True),
        ("地板踩上去有响声", False, False),
        ("木地板缝隙越来越大", False, False),
        ("地板局部发黑，像是泡过水", False, True),
    ],
    "tiles": [
        ("卫生间墙砖空鼓，敲起来是空的", False, False),
        ("客厅地砖开裂", False, False),
        ("厨房墙砖脱落，掉下来砸到台面", True, False),
        ("瓷砖美缝发黑脱落", False, False),
    ],
    "sanitary_ware": [
        ("马桶水箱一直漏水不停", False, False),
        ("淋浴花洒出水很小", False, False),
        ("浴室柜面盆下水漏水", False, False),
        ("智能马桶座圈不加热", False, False),
    ],
    "kitchen_appliances": [
        ("油烟机吸力很小", False, False),
        ("燃气灶打不着火", False, False),
        ("燃气灶旁边有燃气味", True, False),
        ("洗碗机洗完不排水", False, False),
    ],
}

# category → (diagnosis, work done, parts: (name, unit cost range, max qty))
FIXES: dict[str, list[tuple[str, str, list[tuple[str, int, int, int]]]]] = {
    "roof_waterproofing": [
        (
            "屋面防水卷材搭接处开裂",
            "局部铲除并重新铺贴SBS防水卷材，做蓄水试验",
            [("SBS改性沥青防水卷材(㎡)", 35, 55, 8), ("基层处理剂(桶)", 80, 120, 1)],
        ),
        ("落水口周边防水收口不严", "落水口周边重做附加层防水并密封", [("聚氨酯防水涂料(kg)", 25, 40, 5)]),
    ],
    "bathroom_waterproofing": [
        (
            "淋浴区墙地交接处防水层破损",
            "拆除局部墙地砖，重做防水并闭水试验48小时",
            [("JS防水涂料(kg)", 18, 30, 6), ("瓷砖胶(袋)", 35, 50, 2)],
        ),
        (
            "地漏周边防水收口不到位",
            "重做地漏周边防水，更换防臭地漏",
            [("防臭地漏", 60, 150, 1), ("堵漏王(kg)", 10, 20, 2)],
        ),
        ("门槛石下方挡水条缺失", "加装挡水条，门槛石下重做防水", [("大理石挡水条", 80, 160, 1)]),
    ],
    "exterior_wall": [
        (
            "窗框与墙体间发泡胶老化开裂",
            "清理窗框四周，重新打发泡胶和外墙耐候密封胶",
            [("外墙耐候密封胶(支)", 25, 45, 4)],
        ),
        (
            "外墙砖空鼓、勾缝开裂",
            "敲除空鼓外墙砖重新粘贴，缝隙做防水处理",
            [("外墙砖(片)", 5, 12, 20), ("外墙专用粘结剂(袋)", 40, 60, 2)],
        ),
    ],
    "electrical": [
        (
            "回路中电器漏电，漏电保护器动作",
            "排查回路，更换漏电保护器并做绝缘测试",
            [("漏电保护开关", 60, 120, 1)],
        ),
        ("插座接线端子松动氧化", "重新压接线头，更换插座面板", [("五孔插座面板", 15, 35, 2)]),
        ("照明回路驱动电源损坏", "更换LED筒灯及驱动电源", [("LED筒灯", 25, 60, 3)]),
        (
            "线路过载，空开容量偏小",
            "核算负荷后更换空开，增加专用回路",
            [("空气开关", 30, 60, 1), ("BV4平方电线(米)", 4, 6, 15)],
        ),
    ],
    "plumbing": [
        ("下水管接头密封圈老化", "更换密封圈并做通水试验", [("PVC管件", 5, 20, 3), ("密封圈", 3, 8, 2)]),
        (
            "PPR热水管热熔接头渗漏",
            "开槽更换漏水接头并打压试验",
            [("PPR管件", 5, 15, 4), ("PPR管(米)", 10, 18, 2)],
        ),
        ("角阀老化关不严", "更换角阀和编织软管", [("角阀", 25, 60, 2), ("不锈钢编织软管", 15, 30, 2)]),
        ("下水管道存水弯堵塞", "疏通下水管道并清理存水弯", []),
    ],
    "equipment": [
        ("壁挂炉水压过低，补水阀内漏", "更换补水阀，补水至1.5bar并排气", [("补水阀", 80, 160, 1)]),
        ("地暖分水器一路阀芯卡死", "更换分水器阀芯，冲洗地暖管路", [("分水器阀芯", 40, 90, 1)]),
        ("空调冷媒泄漏", "查漏补焊，抽真空后加注冷媒", [("R410A冷媒(kg)", 80, 150, 2)]),
        ("燃气接口密封垫老化", "更换密封垫并做燃气检漏", [("燃气接口密封垫", 5, 15, 2)]),
    ],
    "decoration": [
        (
            "墙面不同材料交接处未挂网",
            "开V槽挂网，批嵌腻子后重新涂刷",
            [("抗裂网格布(米)", 3, 6, 5), ("耐水腻子(袋)", 30, 50, 2), ("乳胶漆(桶)", 180, 360, 1)],
        ),
        (
            "吊顶石膏板接缝未贴绷带",
            "接缝处贴绷带、批嵌后重新涂刷",
            [("石膏板接缝带(卷)", 10, 20, 1), ("乳胶漆(桶)", 180, 360, 1)],
        ),
        ("墙面受潮导致腻子粉化起皮", "铲除起皮部分，刷防潮底漆后重新批嵌涂刷", [("墙固(桶)", 60, 100, 1)]),
    ],
    "furniture": [
        ("铰链螺丝松动、铰链磨损", "更换阻尼铰链并调整门板", [("阻尼铰链", 12, 30, 4)]),
        ("移门下轨滑轮损坏", "更换滑轮并校正导轨", [("移门滑轮", 20, 45, 2)]),
        ("吊柜挂码松动", "重新固定吊码并加固", [("吊码", 10, 25, 4)]),
        ("抽屉滑轨变形", "更换三节滑轨", [("三节滑轨(副)", 25, 60, 2)]),
    ],
    "doors_windows": [
        ("锁芯损坏", "更换C级锁芯", [("C级防盗锁芯", 120, 280, 1)]),
        ("门扇受潮变形", "调整合页，刨修门扇后重新封边", [("合页", 15, 35, 3)]),
        ("窗扇密封胶条老化", "更换整窗密封胶条", [("三元乙丙密封胶条(米)", 4, 8, 12)]),
        ("推拉窗滑轮磨损", "更换滑轮并调整窗扇", [("推拉窗滑轮", 20, 40, 4)]),
    ],
    "flooring": [
        (
            "地板铺装伸缩缝预留不足，受潮起拱",
            "拆除起拱地板，重新预留伸缩缝后铺装",
            [("实木复合地板(㎡)", 150, 280, 3)],
        ),
        ("地板龙骨松动", "加固龙骨，更换受损地板", [("实木复合地板(㎡)", 150, 280, 1)]),
        ("地板局部泡水发黑", "更换泡水地板，查找并处理水源", [("实木复合地板(㎡)", 150, 280, 2)]),
    ],
    "tiles": [
        (
            "瓷砖背胶不足导致空鼓",
            "敲除空鼓砖，用瓷砖胶重新粘贴",
            [("瓷砖胶(袋)", 35, 50, 2), ("瓷砖(片)", 20, 60, 4)],
        ),
        (
            "美缝施工前缝隙未清理干净",
            "清除旧美缝，重新施工环氧彩砂美缝",
            [("环氧彩砂美缝剂(支)", 60, 120, 2)],
        ),
        (
            "地面找平不实导致瓷砖开裂",
            "更换开裂瓷砖并重新找平",
            [("地砖(片)", 40, 120, 2), ("水泥砂浆(袋)", 20, 35, 2)],
        ),
    ],
    "sanitary_ware": [
        ("马桶进水阀老化", "更换进水阀和排水阀", [("马桶进水阀", 40, 90, 1), ("马桶排水阀", 50, 110, 1)]),
        ("面盆下水器密封不严", "更换面盆下水器", [("面盆下水器", 40, 90, 1)]),
        ("花洒内部水垢堵塞", "清洗花洒并更换软管", [("花洒软管", 30, 60, 1)]),
        ("智能马桶加热模块故障", "联系厂家更换加热模块", [("加热模块", 180, 380, 1)]),
    ],
    "kitchen_appliances": [
        ("油烟机止回阀卡住", "清洗油烟机并更换止回阀", [("止回阀", 40, 80, 1)]),
        ("燃气灶点火针积碳", "清理点火针，更换电池盒", [("点火针", 15, 35, 2)]),
        ("洗碗机排水泵堵塞", "清理排水泵及过滤网", []),
        ("燃气软管老化", "更换金属波纹燃气管并检漏", [("燃气波纹管", 60, 120, 1)]),
    ],
}

# category → the technician skills that fit it (first is best)
CATEGORY_SKILLS = {
    "roof_waterproofing": ["waterproofing"],
    "bathroom_waterproofing": ["waterproofing", "tiling"],
    "exterior_wall": ["waterproofing", "painting"],
    "electrical": ["electrical"],
    "plumbing": ["plumbing"],
    "equipment": ["appliances", "plumbing"],
    "decoration": ["painting"],
    "furniture": ["carpentry"],
    "doors_windows": ["carpentry"],
    "flooring": ["carpentry"],
    "tiles": ["tiling"],
    "sanitary_ware": ["plumbing"],
    "kitchen_appliances": ["appliances"],
}
WATERPROOFING = ("roof_waterproofing", "bathroom_waterproofing", "exterior_wall")

# (text, category or "" when it concerns no category)
CONSULTATIONS = [
    ("咨询卫生间防水还在不在保修期内", "bathroom_waterproofing"),
    ("咨询地暖每年是否需要清洗，费用多少", "equipment"),
    ("想在阳台加装洗衣机龙头，问能不能上门改水路", "plumbing"),
    ("咨询木地板日常怎么保养，能不能用拖把拖", "flooring"),
    ("询问壁挂炉年度保养的时间和费用", "equipment"),
    ("咨询墙面局部补漆能否单独上门", "decoration"),
    ("保修卡找不到了，咨询怎么补办", ""),
    ("咨询橱柜五金件能不能单独购买更换", "furniture"),
    ("想加装净水器，问能不能利用原来的预留水口", "plumbing"),
    ("咨询门窗密封条多久需要更换一次", "doors_windows"),
]
SUGGESTIONS = [
    "建议维修师傅上门前提前半小时电话确认",
    "希望能通过微信查询维修进度",
    "建议增加周末和晚上的上门时段",
    "建议维修完成后提供书面的保修说明",
    "建议卫生间交付前多做一次闭水试验",
    "希望回访电话不要在中午午休时间打",
]

# complaint type → (what it is about, problem texts); {cat} and {tech} are filled in
COMPLAINTS: dict[str, tuple[str, list[str]]] = {
    "quality": (
        "{cat}维修质量",
        [
            "{cat}上次维修后没几天又出问题了，对维修质量很不满意",
            "交房不到两年{cat}就出现问题，要求公司给个说法",
            "{cat}修了两次都没修好，要求换人彻底解决",
        ],
    ),
    "attitude": (
        "维修人员{tech}服务态度",
        [
            "维修师傅上门态度生硬，说话很冲",
            "师傅在家里抽烟，劝了也不听",
            "师傅干完活没清理现场，还嫌我们事多",
        ],
    ),
    "timeliness": (
        "报修后迟迟无人上门",
        [
            "报修三天了一直没人联系",
            "约好上午上门，等到下午都没来，也没打电话",
            "说好配件一周到，现在两周了还没消息",
        ],
    ),
    "fees": (
        "保修期内收取费用",
        [
            "还在保修期内却被收了上门费",
            "维修前没报价，修完收费比说好的高",
            "更换的配件价格比市场价贵很多",
        ],
    ),
    "other": (
        "现场文明施工",
        [
            "工人维修时把楼道弄得很脏，物业找到我",
            "维修时把地板划伤了，一直没有赔偿的说法",
            "售后电话总是打不通",
        ],
    ),
}
COMPLAINT_TYPE_WEIGHTS = {"quality": 40, "attitude": 20, "timeliness": 20, "fees": 10, "other": 10}
INVESTIGATIONS = {
    "quality": "经项目部现场复查，属原施工/维修质量问题，需返修",
    "attitude": "经电话回访客户及与当事维修人员谈话，情况基本属实",
    "timeliness": "经核查派工记录，派工后未及时与客户确认上门时间",
    "fees": "经核对维修单，收费依据不清，未事先取得客户书面同意",
    "other": "经与现场人员核实，施工后未按要求清理现场",
}
PLANS = {
    "quality": "由项目部安排技术骨干返修，完工后做闭水/通电测试并请客户验收",
    "attitude": "当事人向客户当面道歉，按公司规定处罚并组织服务礼仪培训",
    "timeliness": "立即安排主管亲自对接，24小时内上门处理",
    "fees": "核实后退还多收费用，并向客户说明保修范围",
    "other": "安排保洁清理，向物业及客户致歉",
}
INVALID_REASONS = [
    "经核实属客户使用不当造成，不属于保修范围，已向客户解释",
    "经核实已超过保修期，已向客户说明有偿维修标准",
]
CANCEL_EARLY = [
    "客户已自行修好，撤回报修",
    "重复登记，已合并到同一工单",
    "非我司施工项目，已告知客户",
    "客户来电撤回报修",
]
CANCEL_LATE = [
    "客户临时出差，撤回报修",
    "房屋已出售，新业主不需要维修",
    "多次联系不上客户，经客户家属同意撤销",
    "客户已另请他人维修",
]
REJECTIONS = [
    "客户验收时发现仍有渗水",
    "修补处颜色与原墙面不一致，客户不认可",
    "门仍然关不严",
    "试水后接头处仍有滴漏",
]
POSTPONE_NOTES = {
    "customer_postponed": "客户临时出差，要求改期",
    "customer_unreachable": "约定当天联系不上客户",
    "site_closed": "小区物业装修管理，暂不允许施工",
}
REPEAT = "上次维修后又出现同样问题："
TECH_RESCHEDULE = "技术员前一单超时，与客户协商改约"
PARTS_NOTES = ["等待厂家配件到货", "等待定制门板补发", "配件缺货，已向采购部下单", "等待同色号瓷砖到货"]
RATING_COMMENTS = [
    "师傅很专业，处理及时",
    "态度很好，干活仔细",
    "上门迟到了半小时",
    "希望以后响应能再快一点",
    "修完后帮忙打扫了现场，很满意",
]
FOLLOW_UP_REMARKS = [
    "客户表示满意，已正常使用",
    "客户满意，已提醒日常保养注意事项",
    "客户反映问题已解决，对师傅评价较好",
    "客户基本满意，希望上门时间能更准时",
]
UNREACHED_REMARKS = ["电话无人接听", "客户电话关机", "占线，稍后再拨"]
NOTES = ["老客户，介绍过朋友装修", "家中有老人，上门前请提前电话", "白天上班，尽量约周末", "只接受微信联系"]

# ~15 staff: (role, department code, skills); technicians first
STAFF = [
    ("technician", "after_sales", "plumbing,waterproofing"),
    ("technician", "after_sales", "electrical,appliances"),
    ("technician", "after_sales", "carpentry"),
    ("technician", "after_sales", "tiling,waterproofing"),
    ("technician", "after_sales", "painting,tiling"),
    ("technician", "after_sales", "plumbing,appliances"),
    ("technician", "project", "electrical,plumbing"),
    ("technician", "project", "carpentry,painting"),  # joined eight months ago
    ("technician", "after_sales", "waterproofing,plumbing,tiling"),  # left four months ago
    ("receptionist", "after_sales", ""),
    ("receptionist", "after_sales", ""),
    ("supervisor", "after_sales", ""),
    ("department_head", "project", ""),
    ("manager", "after_sales", ""),
    ("admin", "admin_hr", ""),
]

SLOTS = (9, 10, 13, 14, 15, 16)  # appointment windows start on these hours, two hours long
WINDOW = timedelta(hours=2)

# The share of tickets ending in each state (the rest closed); each state appears at least once.
# Open ones are those received in the last ~10 days plus a few left lying (~3.5%).
STATE_SHARES = {
    wf.REGISTERED: 0.006,
    wf.DISPATCHED: 0.004,
    wf.SCHEDULED: 0.006,
    wf.IN_PROGRESS: 0.007,
    wf.AWAITING_ACCEPTANCE: 0.003,
    wf.COMPLETED: 0.004,
    wf.FOLLOWED_UP: 0.004,
    wf.CANCELLED: 0.04,
}
# An open ticket's typical age in days (lo, hi) and, when left lying, (lo, hi) again.
OPEN_AGES = {
    wf.REGISTERED: (0.0, 1.5, 3, 12),
    wf.DISPATCHED: (0.3, 3, 5, 15),
    wf.SCHEDULED: (1, 4, 4, 4),
    wf.IN_PROGRESS: (2, 7, 12, 35),
    wf.AWAITING_ACCEPTANCE: (2, 7, 7, 7),
    wf.COMPLETED: (2, 6, 8, 25),
    wf.FOLLOWED_UP: (4, 12, 12, 12),
}
KIND_SHARES = {"repair": 0.70, "complaint": 0.12, "consultation": 0.12, "suggestion": 0.06}
WORK_STATES = (wf.DISPATCHED, wf.SCHEDULED, wf.IN_PROGRESS, wf.AWAITING_ACCEPTANCE)
PATH = [
    wf.REGISTERED,
    wf.DISPATCHED,
    wf.SCHEDULED,
    wf.IN_PROGRESS,
    wf.AWAITING_ACCEPTANCE,
    wf.COMPLETED,
    wf.FOLLOWED_UP,
    wf.CLOSED,
]
RANK = {s: i for i, s in enumerate(PATH)}
CHANNEL_WEIGHTS = {
    "repair": [55, 8, 1, 3, 6, 27],
    "complaint": [50, 10, 8, 12, 5, 15],
    "consultation": [55, 10, 0, 5, 10, 20],
    "suggestion": [20, 5, 10, 20, 20, 25],
}
