-- The supplier catalog: suppliers, 12 categories and the products leaders post group-buys from.
-- Product p's popularity rank is p: product 1 is the one every community sells.
select * from bench.params \gset

insert into suppliers (id, name, contact_person, phone, address, terms, status, created_at, updated_at)
select s,
       bench.one_of(s, 1, array['川西', '蜀南', '天府', '巴渝', '秦岭', '江汉', '湘江', '钱塘', '金陵', '中原'])
           || bench.one_of(s, 2, array['生鲜', '农场', '果业', '食品', '粮油', '日化', '水产', '禽业']) || '供应链' || s || '号',
       bench.one_of(s, 3, array['王', '李', '张', '刘', '陈']) || '经理',
       '139' || lpad((s * 7919 % 100000000)::text, 8, '0'),
       '物流园 ' || s || ' 号库',
       '次日达，按采购单结算',
       'ACTIVE', :'generated_at'::timestamptz - interval '400 days', :'generated_at'::timestamptz - interval '400 days'
from generate_series(1, :suppliers) s;

insert into categories (id, name, position, created_at, updated_at)
select i, name, i, :'generated_at'::timestamptz - interval '400 days', :'generated_at'::timestamptz - interval '400 days'
from unnest(array['蔬菜', '水果', '肉禽蛋', '水产', '粮油', '日用', '乳品', '零食', '酒水', '冻品', '母婴', '个护'])
     with ordinality as c(name, i);

-- supply < floor < retail, in fen
insert into products (id, supplier_id, category_id, name, unit, spec, image_url, image_checksum,
                      supply_price, floor_price, retail_price, status, created_at, updated_at)
select p, 1 + p % :suppliers, category,
       bench.one_of(p, 4, array['本地', '蒲江', '攀枝花', '云南', '山东', '新疆', '东北', '海南', '赣南', '宁夏', '精选', '有机'])
           || (array[
                  array['小白菜', '西红柿', '黄瓜', '土豆', '青椒', '莴笋', '胡萝卜', '蒜苗', '菠菜', '西兰花'],
                  array['丑橘', '芒果', '阳光玫瑰葡萄', '苹果', '香蕉', '猕猴桃', '草莓', '车厘子', '西瓜', '蓝莓'],
                  array['土鸡蛋', '猪前腿肉', '五花肉', '排骨', '三黄鸡', '鸡翅中', '牛腩', '羊肉卷', '鸭腿', '牛排'],
                  array['鲈鱼', '基围虾', '三文鱼', '鱿鱼须', '花甲', '带鱼', '大闸蟹', '小龙虾', '扇贝', '鲫鱼'],
                  array['五常大米', '菜籽油', '挂面', '豆瓣酱', '小米', '生抽', '面粉', '香醋', '红薯粉', '花生油'],
                  array['抽纸', '洗衣液', '垃圾袋', '洗洁精', '湿巾', '牙膏', '保鲜袋', '一次性手套', '卷纸', '洗手液'],
                  array['纯牛奶', '酸奶', '奶酪棒', '豆奶', '鲜牛奶', '奶粉', '黄油', '炼乳', '乳酸菌', '羊奶'],
                  array['坚果', '薯片', '饼干', '牛肉干', '瓜子', '辣条', '果干', '海苔', '蛋黄酥', '麻花'],
                  array['啤酒', '白酒', '矿泉水', '果汁', '可乐', '凉茶', '苏打水', '黄酒', '红酒', '豆浆'],
                  array['水饺', '汤圆', '虾滑', '鸡排', '包子', '馄饨', '肥牛卷', '鱼丸', '春卷', '烧卖'],
                  array['纸尿裤', '婴儿湿巾', '米粉', '奶瓶', '辅食泥', '儿童牙膏', '磨牙饼', '爽身粉', '婴儿洗衣液', '围兜'],
                  array['洗发水', '沐浴露', '面霜', '剃须刀', '护手霜', '洗面奶', '牙刷', '棉签', '防晒霜', '香皂']
              ])[category][1 + (p / 12) % 10],
       bench.one_of(p, 5, array['斤', '盒', '袋', '份', '箱', '瓶']),
       bench.one_of(p, 6, array['500 克', '1 公斤', '家庭装', '12 个装', '约 1.5 斤', '6 包']),
       null, null,
       supply, supply + supply * 15 / 100, supply + supply * 15 / 100 + supply * 45 / 100,
       'ACTIVE', :'generated_at'::timestamptz - interval '400 days', :'generated_at'::timestamptz - interval '400 days'
from generate_series(1, :products) p,
     lateral (select 1 + p % 12 as category, 150 + floor(bench.u(p, 7) * 6000)::bigint as supply) x;
