-- Reference places: the 17 provinces (시/도) and the 250 districts (시/군/구) of Korea as in force in
-- March 2020, keyed by their 법정동 codes (2-digit province, 5-digit district; 행정표준코드관리시스템 법정동코드,
-- as published by the Ministry of the Interior and Safety), with the other spellings met in addresses.
-- As of 2020-03 (the seller list of 2020-03-14), so:
--   * cities with general districts (일반구) appear only as their districts, named with the city, e.g.
--     '수원시 장안구' (41111); there is no row for 수원시 itself. In 2020 these are 수원시(4), 성남시(3),
--     안양시(2), 안산시(2), 고양시(3), 용인시(3), 청주시(4), 천안시(2), 전주시(2), 포항시(2), 창원시(5);
--   * 부천시 is one district (41190): its general districts were abolished in 2016 (restored only in 2024);
--   * 군위군 is still in 경상북도 (47720; it moved to 대구광역시 in 2023); 강원도 and 전라북도 keep codes 42 and 45
--     (they became 51 and 52 only in 2023/2024); 인천 미추홀구 is 28177 (renamed from 남구 in 2018);
--   * 세종특별자치시 has a single district row, 36110.
-- 250 districts = 226 basic local governments - 11 cities + their 32 general districts + 세종 + 제주시/서귀포시
-- (administrative cities of 제주특별자치도). English names follow the Revised Romanization.

INSERT INTO province (code, name, short_name, name_en, sort_order) VALUES
    ('11', '서울특별시', '서울', 'Seoul', 1),
    ('26', '부산광역시', '부산', 'Busan', 2),
    ('27', '대구광역시', '대구', 'Daegu', 3),
    ('28', '인천광역시', '인천', 'Incheon', 4),
    ('29', '광주광역시', '광주', 'Gwangju', 5),
    ('30', '대전광역시', '대전', 'Daejeon', 6),
    ('31', '울산광역시', '울산', 'Ulsan', 7),
    ('36', '세종특별자치시', '세종', 'Sejong', 8),
    ('41', '경기도', '경기', 'Gyeonggi-do', 9),
    ('42', '강원도', '강원', 'Gangwon-do', 10),
    ('43', '충청북도', '충북', 'Chungcheongbuk-do', 11),
    ('44', '충청남도', '충남', 'Chungcheongnam-do', 12),
    ('45', '전라북도', '전북', 'Jeollabuk-do', 13),
    ('46', '전라남도', '전남', 'Jeollanam-do', 14),
    ('47', '경상북도', '경북', 'Gyeongsangbuk-do', 15),
    ('48', '경상남도', '경남', 'Gyeongsangnam-do', 16),
    ('50', '제주특별자치도', '제주', 'Jeju-do', 17);

-- 서울특별시 (25)
INSERT INTO district (code, province_code, name, name_en) VALUES
    ('11110', '11', '종로구', 'Jongno-gu'),
    ('11140', '11', '중구', 'Jung-gu'),
    ('11170', '11', '용산구', 'Yongsan-gu'),
    ('11200', '11', '성동구', 'Seongdong-gu'),
    ('11215', '11', '광진구', 'Gwangjin-gu'),
    ('11230', '11', '동대문구', 'Dongdaemun-gu'),
    ('11260', '11', '중랑구', 'Jungnang-gu'),
    ('11290', '11', '성북구', 'Seongbuk-gu'),
    ('11305', '11', '강북구', 'Gangbuk-gu'),
    ('11320', '11', '도봉구', 'Dobong-gu'),
    ('11350', '11', '노원구', 'Nowon-gu'),
    ('11380', '11', '은평구', 'Eunpyeong-gu'),
    ('11410', '11', '서대문구', 'Seodaemun-gu'),
    ('11440', '11', '마포구', 'Mapo-gu'),
    ('11470', '11', '양천구', 'Yangcheon-gu'),
    ('11500', '11', '강서구', 'Gangseo-gu'),
    ('11530', '11', '구로구', 'Guro-gu'),
    ('11545', '11', '금천구', 'Geumcheon-gu'),
    ('11560', '11', '영등포구', 'Yeongdeungpo-gu'),
    ('11590', '11', '동작구', 'Dongjak-gu'),
    ('11620', '11', '관악구', 'Gwanak-gu'),
    ('11650', '11', '서초구', 'Seocho-gu'),
    ('11680', '11', '강남구', 'Gangnam-gu'),
    ('11710', '11', '송파구', 'Songpa-gu'),
    ('11740', '11', '강동구', 'Gangdong-gu');

-- 부산광역시 (16)
INSERT INTO district (code, province_code, name, name_en) VALUES
    ('26110', '26', '중구', 'Jung-gu'),
    ('26140', '26', '서구', 'Seo-gu'),
    ('26170', '26', '동구', 'Dong-gu'),
    ('26200', '26', '영도구', 'Yeongdo-gu'),
    ('26230', '26', '부산진구', 'Busanjin-gu'),
    ('26260', '26', '동래구', 'Dongnae-gu'),
    ('26290', '26', '남구', 'Nam-gu'),
    ('26320', '26', '북구', 'Buk-gu'),
    ('26350', '26', '해운대구', 'Haeundae-gu'),
    ('26380', '26', '사하구', 'Saha-gu'),
    ('26410', '26', '금정구', 'Geumjeong-gu'),
    ('26440', '26', '강서구', 'Gangseo-gu'),
    ('26470', '26', '연제구', 'Yeonje-gu'),
    ('26500', '26', '수영구', 'Suyeong-gu'),
    ('26530', '26', '사상구', 'Sasang-gu'),
    ('26710', '26', '기장군', 'Gijang-gun');

-- 대구광역시 (8)
INSERT INTO district (code, province_code, name, name_en) VALUES
    ('27110', '27', '중구', 'Jung-gu'),
    ('27140', '27', '동구', 'Dong-gu'),
    ('27170', '27', '서구', 'Seo-gu'),
    ('27200', '27', '남구', 'Nam-gu'),
    ('27230', '27', '북구', 'Buk-gu'),
    ('27260', '27', '수성구', 'Suseong-gu'),
    ('27290', '27', '달서구', 'Dalseo-gu'),
    ('27710', '27', '달성군', 'Dalseong-gun');

-- 인천광역시 (10)
INSERT INTO district (code, province_code, name, name_en) VALUES
    ('28110', '28', '중구', 'Jung-gu'),
    ('28140', '28', '동구', 'Dong-gu'),
    ('28177', '28', '미추홀구', 'Michuhol-gu'),
    ('28185', '28', '연수구', 'Yeonsu-gu'),
    ('28200', '28', '남동구', 'Namdong-gu'),
    ('28237', '28', '부평구', 'Bupyeong-gu'),
    ('28245', '28', '계양구', 'Gyeyang-gu'),
    ('28260', '28', '서구', 'Seo-gu'),
    ('28710', '28', '강화군', 'Ganghwa-gun'),
    ('28720', '28', '옹진군', 'Ongjin-gun');

-- 광주광역시 (5)
INSERT INTO district (code, province_code, name, name_en) VALUES
    ('29110', '29', '동구', 'Dong-gu'),
    ('29140', '29', '서구', 'Seo-gu'),
    ('29155', '29', '남구', 'Nam-gu'),
    ('29170', '29', '북구', 'Buk-gu'),
    ('29200', '29', '광산구', 'Gwangsan-gu');

-- 대전광역시 (5)
INSERT INTO district (code, province_code, name, name_en) VALUES
    ('30110', '30', '동구', 'Dong-gu'),
    ('30140', '30', '중구', 'Jung-gu'),
    ('30170', '30', '서구', 'Seo-gu'),
    ('30200', '30', '유성구', 'Yuseong-gu'),
    ('30230', '30', '대덕구', 'Daedeok-gu');

-- 울산광역시 (5)
INSERT INTO district (code, province_code, name, name_en) VALUES
    ('31110', '31', '중구', 'Jung-gu'),
    ('31140', '31', '남구', 'Nam-gu'),
    ('31170', '31', '동구', 'Dong-gu'),
    ('31200', '31', '북구', 'Buk-gu'),
    ('31710', '31', '울주군', 'Ulju-gun');

-- 세종특별자치시 (1)
INSERT INTO district (code, province_code, name, name_en) VALUES
    ('36110', '36', '세종특별자치시', 'Sejong');

-- 경기도 (42)
INSERT INTO district (code, province_code, name, name_en) VALUES
    ('41111', '41', '수원시 장안구', 'Suwon-si Jangan-gu'),
    ('41113', '41', '수원시 권선구', 'Suwon-si Gwonseon-gu'),
    ('41115', '41', '수원시 팔달구', 'Suwon-si Paldal-gu'),
    ('41117', '41', '수원시 영통구', 'Suwon-si Yeongtong-gu'),
    ('41131', '41', '성남시 수정구', 'Seongnam-si Sujeong-gu'),
    ('41133', '41', '성남시 중원구', 'Seongnam-si Jungwon-gu'),
    ('41135', '41', '성남시 분당구', 'Seongnam-si Bundang-gu'),
    ('41150', '41', '의정부시', 'Uijeongbu-si'),
    ('41171', '41', '안양시 만안구', 'Anyang-si Manan-gu'),
    ('41173', '41', '안양시 동안구', 'Anyang-si Dongan-gu'),
    ('41190', '41', '부천시', 'Bucheon-si'),
    ('41210', '41', '광명시', 'Gwangmyeong-si'),
    ('41220', '41', '평택시', 'Pyeongtaek-si'),
    ('41250', '41', '동두천시', 'Dongducheon-si'),
    ('41271', '41', '안산시 상록구', 'Ansan-si Sangnok-gu'),
    ('41273', '41', '안산시 단원구', 'Ansan-si Danwon-gu'),
    ('41281', '41', '고양시 덕양구', 'Goyang-si Deogyang-gu'),
    ('41285', '41', '고양시 일산동구', 'Goyang-si Ilsandong-gu'),
    ('41287', '41', '고양시 일산서구', 'Goyang-si Ilsanseo-gu'),
    ('41290', '41', '과천시', 'Gwacheon-si'),
    ('41310', '41', '구리시', 'Guri-si'),
    ('41360', '41', '남양주시', 'Namyangju-si'),
    ('41370', '41', '오산시', 'Osan-si'),
    ('41390', '41', '시흥시', 'Siheung-si'),
    ('41410', '41', '군포시', 'Gunpo-si'),
    ('41430', '41', '의왕시', 'Uiwang-si'),
    ('41450', '41', '하남시', 'Hanam-si'),
    ('41461', '41', '용인시 처인구', 'Yongin-si Cheoin-gu'),
    ('41463', '41', '용인시 기흥구', 'Yongin-si Giheung-gu'),
    ('41465', '41', '용인시 수지구', 'Yongin-si Suji-gu'),
    ('41480', '41', '파주시', 'Paju-si'),
    ('41500', '41', '이천시', 'Icheon-si'),
    ('41550', '41', '안성시', 'Anseong-si'),
    ('41570', '41', '김포시', 'Gimpo-si'),
    ('41590', '41', '화성시', 'Hwaseong-si'),
    ('41610', '41', '광주시', 'Gwangju-si'),
    ('41630', '41', '양주시', 'Yangju-si'),
    ('41650', '41', '포천시', 'Pocheon-si'),
    ('41670', '41', '여주시', 'Yeoju-si'),
    ('41800', '41', '연천군', 'Yeoncheon-gun'),
    ('41820', '41', '가평군', 'Gapyeong-gun'),
    ('41830', '41', '양평군', 'Yangpyeong-gun');

-- 강원도 (18)
INSERT INTO district (code, province_code, name, name_en) VALUES
    ('42110', '42', '춘천시', 'Chuncheon-si'),
    ('42130', '42', '원주시', 'Wonju-si'),
    ('42150', '42', '강릉시', 'Gangneung-si'),
    ('42170', '42', '동해시', 'Donghae-si'),
    ('42190', '42', '태백시', 'Taebaek-si'),
    ('42210', '42', '속초시', 'Sokcho-si'),
    ('42230', '42', '삼척시', 'Samcheok-si'),
    ('42720', '42', '홍천군', 'Hongcheon-gun'),
    ('42730', '42', '횡성군', 'Hoengseong-gun'),
    ('42750', '42', '영월군', 'Yeongwol-gun'),
    ('42760', '42', '평창군', 'Pyeongchang-gun'),
    ('42770', '42', '정선군', 'Jeongseon-gun'),
    ('42780', '42', '철원군', 'Cheorwon-gun'),
    ('42790', '42', '화천군', 'Hwacheon-gun'),
    ('42800', '42', '양구군', 'Yanggu-gun'),
    ('42810', '42', '인제군', 'Inje-gun'),
    ('42820', '42', '고성군', 'Goseong-gun'),
    ('42830', '42', '양양군', 'Yangyang-gun');

-- 충청북도 (14)
INSERT INTO district (code, province_code, name, name_en) VALUES
    ('43111', '43', '청주시 상당구', 'Cheongju-si Sangdang-gu'),
    ('43112', '43', '청주시 서원구', 'Cheongju-si Seowon-gu'),
    ('43113', '43', '청주시 흥덕구', 'Cheongju-si Heungdeok-gu'),
    ('43114', '43', '청주시 청원구', 'Cheongju-si Cheongwon-gu'),
    ('43130', '43', '충주시', 'Chungju-si'),
    ('43150', '43', '제천시', 'Jecheon-si'),
    ('43720', '43', '보은군', 'Boeun-gun'),
    ('43730', '43', '옥천군', 'Okcheon-gun'),
    ('43740', '43', '영동군', 'Yeongdong-gun'),
    ('43745', '43', '증평군', 'Jeungpyeong-gun'),
    ('43750', '43', '진천군', 'Jincheon-gun'),
    ('43760', '43', '괴산군', 'Goesan-gun'),
    ('43770', '43', '음성군', 'Eumseong-gun'),
    ('43800', '43', '단양군', 'Danyang-gun');

-- 충청남도 (16)
INSERT INTO district (code, province_code, name, name_en) VALUES
    ('44131', '44', '천안시 동남구', 'Cheonan-si Dongnam-gu'),
    ('44133', '44', '천안시 서북구', 'Cheonan-si Seobuk-gu'),
    ('44150', '44', '공주시', 'Gongju-si'),
    ('44180', '44', '보령시', 'Boryeong-si'),
    ('44200', '44', '아산시', 'Asan-si'),
    ('44210', '44', '서산시', 'Seosan-si'),
    ('44230', '44', '논산시', 'Nonsan-si'),
    ('44250', '44', '계룡시', 'Gyeryong-si'),
    ('44270', '44', '당진시', 'Dangjin-si'),
    ('44710', '44', '금산군', 'Geumsan-gun'),
    ('44760', '44', '부여군', 'Buyeo-gun'),
    ('44770', '44', '서천군', 'Seocheon-gun'),
    ('44790', '44', '청양군', 'Cheongyang-gun'),
    ('44800', '44', '홍성군', 'Hongseong-gun'),
    ('44810', '44', '예산군', 'Yesan-gun'),
    ('44825', '44', '태안군', 'Taean-gun');

-- 전라북도 (15)
INSERT INTO district (code, province_code, name, name_en) VALUES
    ('45111', '45', '전주시 완산구', 'Jeonju-si Wansan-gu'),
    ('45113', '45', '전주시 덕진구', 'Jeonju-si Deokjin-gu'),
    ('45130', '45', '군산시', 'Gunsan-si'),
    ('45140', '45', '익산시', 'Iksan-si'),
    ('45180', '45', '정읍시', 'Jeongeup-si'),
    ('45190', '45', '남원시', 'Namwon-si'),
    ('45210', '45', '김제시', 'Gimje-si'),
    ('45710', '45', '완주군', 'Wanju-gun'),
    ('45720', '45', '진안군', 'Jinan-gun'),
    ('45730', '45', '무주군', 'Muju-gun'),
    ('45740', '45', '장수군', 'Jangsu-gun'),
    ('45750', '45', '임실군', 'Imsil-gun'),
    ('45770', '45', '순창군', 'Sunchang-gun'),
    ('45790', '45', '고창군', 'Gochang-gun'),
    ('45800', '45', '부안군', 'Buan-gun');

-- 전라남도 (22)
INSERT INTO district (code, province_code, name, name_en) VALUES
    ('46110', '46', '목포시', 'Mokpo-si'),
    ('46130', '46', '여수시', 'Yeosu-si'),
    ('46150', '46', '순천시', 'Suncheon-si'),
    ('46170', '46', '나주시', 'Naju-si'),
    ('46230', '46', '광양시', 'Gwangyang-si'),
    ('46710', '46', '담양군', 'Damyang-gun'),
    ('46720', '46', '곡성군', 'Gokseong-gun'),
    ('46730', '46', '구례군', 'Gurye-gun'),
    ('46770', '46', '고흥군', 'Goheung-gun'),
    ('46780', '46', '보성군', 'Boseong-gun'),
    ('46790', '46', '화순군', 'Hwasun-gun'),
    ('46800', '46', '장흥군', 'Jangheung-gun'),
    ('46810', '46', '강진군', 'Gangjin-gun'),
    ('46820', '46', '해남군', 'Haenam-gun'),
    ('46830', '46', '영암군', 'Yeongam-gun'),
    ('46840', '46', '무안군', 'Muan-gun'),
    ('46860', '46', '함평군', 'Hampyeong-gun'),
    ('46870', '46', '영광군', 'Yeonggwang-gun'),
    ('46880', '46', '장성군', 'Jangseong-gun'),
    ('46890', '46', '완도군', 'Wando-gun'),
    ('46900', '46', '진도군', 'Jindo-gun'),
    ('46910', '46', '신안군', 'Sinan-gun');

-- 경상북도 (24)
INSERT INTO district (code, province_code, name, name_en) VALUES
    ('47111', '47', '포항시 남구', 'Pohang-si Nam-gu'),
    ('47113', '47', '포항시 북구', 'Pohang-si Buk-gu'),
    ('47130', '47', '경주시', 'Gyeongju-si'),
    ('47150', '47', '김천시', 'Gimcheon-si'),
    ('47170', '47', '안동시', 'Andong-si'),
    ('47190', '47', '구미시', 'Gumi-si'),
    ('47210', '47', '영주시', 'Yeongju-si'),
    ('47230', '47', '영천시', 'Yeongcheon-si'),
    ('47250', '47', '상주시', 'Sangju-si'),
    ('47280', '47', '문경시', 'Mungyeong-si'),
    ('47290', '47', '경산시', 'Gyeongsan-si'),
    ('47720', '47', '군위군', 'Gunwi-gun'),
    ('47730', '47', '의성군', 'Uiseong-gun'),
    ('47750', '47', '청송군', 'Cheongsong-gun'),
    ('47760', '47', '영양군', 'Yeongyang-gun'),
    ('47770', '47', '영덕군', 'Yeongdeok-gun'),
    ('47820', '47', '청도군', 'Cheongdo-gun'),
    ('47830', '47', '고령군', 'Goryeong-gun'),
    ('47840', '47', '성주군', 'Seongju-gun'),
    ('47850', '47', '칠곡군', 'Chilgok-gun'),
    ('47900', '47', '예천군', 'Yecheon-gun'),
    ('47920', '47', '봉화군', 'Bonghwa-gun'),
    ('47930', '47', '울진군', 'Uljin-gun'),
    ('47940', '47', '울릉군', 'Ulleung-gun');

-- 경상남도 (22)
INSERT INTO district (code, province_code, name, name_en) VALUES
    ('48121', '48', '창원시 의창구', 'Changwon-si Uichang-gu'),
    ('48123', '48', '창원시 성산구', 'Changwon-si Seongsan-gu'),
    ('48125', '48', '창원시 마산합포구', 'Changwon-si Masanhappo-gu'),
    ('48127', '48', '창원시 마산회원구', 'Changwon-si Masanhoewon-gu'),
    ('48129', '48', '창원시 진해구', 'Changwon-si Jinhae-gu'),
    ('48170', '48', '진주시', 'Jinju-si'),
    ('48220', '48', '통영시', 'Tongyeong-si'),
    ('48240', '48', '사천시', 'Sacheon-si'),
    ('48250', '48', '김해시', 'Gimhae-si'),
    ('48270', '48', '밀양시', 'Miryang-si'),
    ('48310', '48', '거제시', 'Geoje-si'),
    ('48330', '48', '양산시', 'Yangsan-si'),
    ('48720', '48', '의령군', 'Uiryeong-gun'),
    ('48730', '48', '함안군', 'Haman-gun'),
    ('48740', '48', '창녕군', 'Changnyeong-gun'),
    ('48820', '48', '고성군', 'Goseong-gun'),
    ('48840', '48', '남해군', 'Namhae-gun'),
    ('48850', '48', '하동군', 'Hadong-gun'),
    ('48860', '48', '산청군', 'Sancheong-gun'),
    ('48870', '48', '함양군', 'Hamyang-gun'),
    ('48880', '48', '거창군', 'Geochang-gun'),
    ('48890', '48', '합천군', 'Hapcheon-gun');

-- 제주특별자치도 (2)
INSERT INTO district (code, province_code, name, name_en) VALUES
    ('50110', '50', '제주시', 'Jeju-si'),
    ('50130', '50', '서귀포시', 'Seogwipo-si');

-- Province spellings other than name and short_name (both of which are matched directly).
-- '광주시' is deliberately absent: it is also a city of 경기도 (41610).
-- 강원특별자치도 (2023-06-11) and 전북특별자치도 (2024-01-18) are later names; 제주도 is the pre-2006 name.
INSERT INTO province_alias (alias, province_code) VALUES
    ('서울시', '11'),
    ('부산시', '26'),
    ('대구시', '27'),
    ('인천시', '28'),
    ('대전시', '30'),
    ('울산시', '31'),
    ('세종시', '36'),
    ('강원특별자치도', '42'),
    ('전북특별자치도', '45'),
    ('제주도', '50');

-- Former district names that map to exactly one 2020 district:
--   28 남구 -> 28177: 인천 남구 renamed 미추홀구 2018-07-01
--   41 부천시 원미구 -> 41190: 부천시 general district, abolished 2016-07-04 (restored 2024)
--   41 부천시 소사구 -> 41190: 부천시 general district, abolished 2016-07-04 (restored 2024)
--   41 부천시 오정구 -> 41190: 부천시 general district, abolished 2016-07-04 (restored 2024)
--   41 여주군 -> 41670: 여주군 became 여주시 2013-09-23
--   41 포천군 -> 41650: 포천군 became 포천시 2003-10-19
--   41 양주군 -> 41630: 양주군 became 양주시 2003-10-19
--   41 화성군 -> 41590: 화성군 became 화성시 2001-03-21
--   41 광주군 -> 41610: 광주군 became 광주시 2001-03-21
--   41 김포군 -> 41570: 김포군 became 김포시 1998-04-01
--   41 안성군 -> 41550: 안성군 became 안성시 1998-04-01
--   41 이천군 -> 41500: 이천군 became 이천시 1996-03-01
--   41 파주군 -> 41480: 파주군 became 파주시 1996-03-01
--   44 당진군 -> 44270: 당진군 became 당진시 2012-01-01
--   46 여천시 -> 46130: 여천시 merged into 여수시 1998-04-01
--   46 여천군 -> 46130: 여천군 merged into 여수시 1998-04-01
--   48 진해시 -> 48129: 진해시 merged into 창원시 2010-07-01 as 진해구
--   50 북제주군 -> 50110: 북제주군 merged into 제주시 2006-07-01
--   50 남제주군 -> 50130: 남제주군 merged into 서귀포시 2006-07-01
-- Left out because they map to several 2020 districts or to another province: 마산시 (창원시 마산합포구/
-- 마산회원구), 창원시 before 2010 (의창구/성산구), 청원군 (merged into 청주시 in 2014, now spread over its four
-- districts), 연기군 (충청남도, became 세종특별자치시 in 2012).
INSERT INTO district_alias (province_code, alias, district_code) VALUES
    ('28', '남구', '28177'),
    ('41', '부천시 원미구', '41190'),
    ('41', '부천시 소사구', '41190'),
    ('41', '부천시 오정구', '41190'),
    ('41', '여주군', '41670'),
    ('41', '포천군', '41650'),
    ('41', '양주군', '41630'),
    ('41', '화성군', '41590'),
    ('41', '광주군', '41610'),
    ('41', '김포군', '41570'),
    ('41', '안성군', '41550'),
    ('41', '이천군', '41500'),
    ('41', '파주군', '41480'),
    ('44', '당진군', '44270'),
    ('46', '여천시', '46130'),
    ('46', '여천군', '46130'),
    ('48', '진해시', '48129'),
    ('50', '북제주군', '50110'),
    ('50', '남제주군', '50130');
