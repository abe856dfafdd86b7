"""The blind held-out sets (heldout*.toml, written by people who never saw the parser) as a
regression gate: after the fixes each exposed, none of their stated inputs may be dropped
silently, every expected error must come out, Chinese questions get Chinese answers, and the
share of questions using every input may not fall below what it is now. Their first-run
figures, the honest ones, are in the README (bench/bench_reading.py measures them).

How a question is judged, and the record that spares re-running all of them on every run (a sample of
each set is re-run and must agree with it), are in tests/calc/heldout_gate.py."""

from __future__ import annotations

import pytest

from tests.calc.heldout_gate import PROBLEMS, RECORD, codes_of, load, outcome, record, sets

# questions using every stated input, today; a change may raise these, never lower them
FLOOR = {"heldout.toml": 108, "heldout2.toml": 90, "heldout3.toml": 72, "heldout4.toml": 87,
         "heldout5.toml": 89, "heldout6.toml": 89, "heldout7.toml": 89, "heldout8.toml": 57,
         "heldout9.toml": 56, "heldout10.toml": 60, "heldout12.toml": 58, "heldout13.toml": 60,
         "heldout15.toml": 61, "heldout16.toml": 60, "heldout11.toml": 60,
         "heldout17.toml": 60, "heldout14.toml": 59, "heldout18.toml": 59,
         "heldout19.toml": 60, "heldout20.toml": 60, "heldout21.toml": 60,
         "heldout23.toml": 60, "heldout24.toml": 59, "heldout25.toml": 60,
         "heldout26.toml": 60, "heldout27.toml": 60, "heldout28.toml": 60, "heldout29.toml": 60,
         # set 22: 60 since the calibration with attention-DP weight copies (hbm 0.78 -> 0.73):
         # 'TTFT under 300 ms for 2k-token prompts on Gemma 2 27B' on L40S is now refused as out
         # of reach (prefill with the queueing margin 306 ms at best), no longer answered
         "heldout30.toml": 59, "heldout22.toml": 61,
         "heldout31.toml": 60, "heldout32.toml": 60, "heldout33.toml": 60,
         "heldout34.toml": 60, "heldout35.toml": 59, "heldout36.toml": 60, "heldout37.toml": 60,
         "heldout38.toml": 60, "heldout39.toml": 60,
         "heldout40.toml": 60, "heldout41.toml": 60, "heldout42.toml": 59,
         "heldout43.toml": 53, "heldout44.toml": 54, "heldout45.toml": 54, "heldout46.toml": 53,
         "heldout47.toml": 53, "heldout48.toml": 54, "heldout49.toml": 54, "heldout50.toml": 49, "heldout51.toml": 54,
         "heldout52.toml": 54, "heldout53.toml": 51, "heldout54.toml": 54,
         "heldout55.toml": 54, "heldout56.toml": 54, "heldout57.toml": 53, "heldout58.toml": 54,
         "heldout59.toml": 54, "heldout60.toml": 54, "heldout61.toml": 54, "heldout62.toml": 54,
         "heldout63.toml": 53, "heldout64.toml": 52, "heldout65.toml": 54, "heldout66.toml": 51,
         "heldout67.toml": 54, "heldout68.toml": 53, "heldout69.toml": 54, "heldout70.toml": 54,
         "heldout71.toml": 54, "heldout72.toml": 54, "heldout73.toml": 53, "heldout74.toml": 53,
         "heldout75.toml": 52, "heldout76.toml": 51, "heldout77.toml": 54, "heldout78.toml": 54,
         "heldout79.toml": 51, "heldout80.toml": 52, "heldout81.toml": 54, "heldout82.toml": 54,
         "heldout83.toml": 53, "heldout84.toml": 54, "heldout85.toml": 54, "heldout86.toml": 54,
         "heldout87.toml": 54, "heldout88.toml": 54, "heldout89.toml": 54, "heldout90.toml": 54,
         "heldout91.toml": 54, "heldout92.toml": 53, "heldout93.toml": 54, "heldout94.toml": 53,
         "heldout95.toml": 54, "heldout96.toml": 54, "heldout97.toml": 46, "heldout98.toml": 54,
         "heldout99.toml": 53, "heldout100.toml": 51,
         "heldout101.toml": 54, "heldout102.toml": 54, "heldout103.toml": 51, "heldout104.toml": 53,
         "heldout105.toml": 45, "heldout106.toml": 52, "heldout107.toml": 54, "heldout108.toml": 54,
         "heldout109.toml": 49, "heldout110.toml": 54, "heldout111.toml": 52, "heldout112.toml": 51,
         "heldout113.toml": 53, "heldout114.toml": 54,
         "heldout115.toml": 48, "heldout116.toml": 52, "heldout117.toml": 54, "heldout118.toml": 53,
         "heldout119.toml": 54, "heldout120.toml": 53,
         "heldout121.toml": 54, "heldout122.toml": 54, "heldout123.toml": 54, "heldout124.toml": 54,
         "heldout125.toml": 53, "heldout126.toml": 54, "heldout127.toml": 53, "heldout128.toml": 54,
         "heldout129.toml": 54, "heldout130.toml": 54, "heldout131.toml": 54, "heldout132.toml": 52,
         "heldout133.toml": 53, "heldout134.toml": 54, "heldout135.toml": 53, "heldout136.toml": 54,
         "heldout137.toml": 54, "heldout138.toml": 54, "heldout139.toml": 50, "heldout140.toml": 52,
         "heldout141.toml": 53, "heldout142.toml": 54, "heldout143.toml": 53, "heldout144.toml": 54,
         "heldout145.toml": 54, "heldout146.toml": 54, "heldout147.toml": 51, "heldout148.toml": 54,
         "heldout149.toml": 54, "heldout150.toml": 53, "heldout151.toml": 54, "heldout152.toml": 54,
         "heldout153.toml": 53, "heldout154.toml": 53,
         "heldout155.toml": 51, "heldout156.toml": 53, "heldout157.toml": 52, "heldout158.toml": 51,
         "heldout159.toml": 53, "heldout160.toml": 49, "heldout161.toml": 52, "heldout162.toml": 47,
         "heldout163.toml": 47, "heldout164.toml": 52, "heldout165.toml": 52, "heldout166.toml": 46,
         "heldout167.toml": 50, "heldout168.toml": 50, "heldout169.toml": 48, "heldout170.toml": 49,
         "heldout171.toml": 47, "heldout172.toml": 48, "heldout173.toml": 51, "heldout174.toml": 47,
         "heldout175.toml": 46, "heldout176.toml": 49, "heldout177.toml": 52, "heldout178.toml": 50,
         "heldout179.toml": 51, "heldout180.toml": 42, "heldout181.toml": 35, "heldout182.toml": 50,
         "heldout183.toml": 51, "heldout184.toml": 50, "heldout185.toml": 52, "heldout186.toml": 49,
         "heldout187.toml": 50, "heldout188.toml": 49, "heldout189.toml": 51, "heldout190.toml": 51,
         "heldout191.toml": 49, "heldout192.toml": 53, "heldout193.toml": 48, "heldout194.toml": 52,
         "heldout195.toml": 51, "heldout196.toml": 52, "heldout197.toml": 52, "heldout198.toml": 49,
         "heldout199.toml": 51, "heldout200.toml": 51, "heldout201.toml": 48, "heldout202.toml": 50,
         "heldout203.toml": 53, "heldout204.toml": 52, "heldout205.toml": 52, "heldout206.toml": 50,
         "heldout207.toml": 52, "heldout208.toml": 53, "heldout209.toml": 53, "heldout210.toml": 52,
         "heldout211.toml": 48, "heldout212.toml": 51, "heldout213.toml": 50, "heldout214.toml": 52,
         "heldout215.toml": 51, "heldout216.toml": 50, "heldout217.toml": 52, "heldout218.toml": 51,
         "heldout219.toml": 52, "heldout220.toml": 51, "heldout221.toml": 53, "heldout222.toml": 51,
         "heldout223.toml": 52, "heldout224.toml": 37, "heldout225.toml": 52, "heldout226.toml": 50,
         "heldout227.toml": 51, "heldout228.toml": 51, "heldout229.toml": 42, "heldout230.toml": 50,
         "heldout231.toml": 50, "heldout232.toml": 51, "heldout233.toml": 51, "heldout234.toml": 41,
         "heldout235.toml": 49, "heldout236.toml": 52, "heldout237.toml": 51, "heldout238.toml": 50, "heldout239.toml": 54, "heldout240.toml": 52,
         "heldout246.toml": 50,
         "heldout241.toml": 52, "heldout242.toml": 41, "heldout243.toml": 47, "heldout244.toml": 49,
         "heldout245.toml": 48,
         "heldout247.toml": 51, "heldout248.toml": 49, "heldout249.toml": 51, "heldout250.toml": 52,
         "heldout251.toml": 52, "heldout252.toml": 49, "heldout253.toml": 48, "heldout254.toml": 51,
         "heldout255.toml": 50, "heldout256.toml": 48, "heldout257.toml": 52, "heldout258.toml": 50,
         "heldout259.toml": 52, "heldout260.toml": 49, "heldout261.toml": 54, "heldout262.toml": 50,
         "heldout263.toml": 51, "heldout264.toml": 52, "heldout265.toml": 51, "heldout266.toml": 51,
         "heldout267.toml": 52, "heldout268.toml": 49, "heldout269.toml": 49, "heldout270.toml": 53,
         "heldout271.toml": 54, "heldout272.toml": 51, "heldout273.toml": 51, "heldout274.toml": 50,
         "heldout275.toml": 52, "heldout276.toml": 45, "heldout277.toml": 51, "heldout278.toml": 45,
         "heldout279.toml": 50, "heldout280.toml": 51, "heldout281.toml": 51, "heldout282.toml": 52,
         "heldout283.toml": 50, "heldout284.toml": 48, "heldout285.toml": 47, "heldout286.toml": 43,
         "heldout287.toml": 52, "heldout288.toml": 52, "heldout289.toml": 47, "heldout290.toml": 53,
         "heldout291.toml": 51, "heldout292.toml": 51, "heldout293.toml": 52, "heldout294.toml": 53,
         "heldout295.toml": 52, "heldout296.toml": 53, "heldout297.toml": 51, "heldout298.toml": 51,
         "heldout299.toml": 50, "heldout300.toml": 49, "heldout301.toml": 55, "heldout302.toml": 53,
         "heldout303.toml": 53, "heldout304.toml": 49, "heldout305.toml": 46, "heldout306.toml": 52,
         "heldout307.toml": 53, "heldout308.toml": 52, "heldout309.toml": 53, "heldout310.toml": 47,
         "heldout311.toml": 37, "heldout312.toml": 50, "heldout313.toml": 50, "heldout314.toml": 48,
         "heldout315.toml": 52, "heldout316.toml": 52, "heldout317.toml": 54, "heldout318.toml": 51,
         "heldout319.toml": 51, "heldout320.toml": 54, "heldout321.toml": 53, "heldout322.toml": 48,
         "heldout323.toml": 52, "heldout324.toml": 53, "heldout325.toml": 50, "heldout326.toml": 49,
         "heldout327.toml": 53, "heldout328.toml": 51, "heldout329.toml": 50, "heldout330.toml": 51,
         "heldout331.toml": 53, "heldout332.toml": 53, "heldout333.toml": 54, "heldout334.toml": 53,
         "heldout335.toml": 49, "heldout336.toml": 52, "heldout337.toml": 51, "heldout338.toml": 51,
         "heldout339.toml": 52, "heldout340.toml": 54, "heldout341.toml": 53, "heldout342.toml": 52,
         "heldout343.toml": 53, "heldout344.toml": 54, "heldout345.toml": 51, "heldout346.toml": 53,
         "heldout347.toml": 51, "heldout348.toml": 54, "heldout349.toml": 52, "heldout350.toml": 53,
         "heldout351.toml": 54, "heldout352.toml": 53, "heldout353.toml": 54, "heldout354.toml": 53,
         "heldout355.toml": 54, "heldout356.toml": 45, "heldout357.toml": 51, "heldout358.toml": 52,
         "heldout359.toml": 54, "heldout360.toml": 55, "heldout361.toml": 53, "heldout362.toml": 51,
         "heldout363.toml": 51, "heldout364.toml": 52, "heldout365.toml": 53, "heldout366.toml": 54,
         "heldout367.toml": 53, "heldout368.toml": 54, "heldout369.toml": 52, "heldout370.toml": 53,
         "heldout371.toml": 53, "heldout372.toml": 54, "heldout373.toml": 54, "heldout374.toml": 52,
         "heldout375.toml": 54, "heldout376.toml": 54, "heldout377.toml": 52, "heldout378.toml": 53,
         "heldout379.toml": 52, "heldout380.toml": 56, "heldout381.toml": 54, "heldout382.toml": 54,
         "heldout383.toml": 54, "heldout384.toml": 53, "heldout385.toml": 53, "heldout386.toml": 53,
         "heldout387.toml": 54, "heldout388.toml": 54, "heldout389.toml": 52, "heldout390.toml": 54,
         "heldout391.toml": 53, "heldout392.toml": 54, "heldout393.toml": 54, "heldout394.toml": 53,
         "heldout395.toml": 53, "heldout396.toml": 54, "heldout397.toml": 53, "heldout398.toml": 53,
         # sets 401 and 467: one fewer since round 145, when a year said of rents ("at 2023 prices … to rent",
         # "at 2019 prices" for V100s) became named where the catalog has no rent dated that year; it had been
         # counted as read while today's rent was used
         "heldout399.toml": 53, "heldout400.toml": 54, "heldout401.toml": 54, "heldout402.toml": 54,
         "heldout403.toml": 52, "heldout404.toml": 54, "heldout405.toml": 52, "heldout406.toml": 54,
         "heldout407.toml": 53, "heldout408.toml": 55, "heldout409.toml": 53, "heldout410.toml": 52,
         "heldout411.toml": 54, "heldout412.toml": 53, "heldout413.toml": 54, "heldout414.toml": 53,
         "heldout415.toml": 51, "heldout416.toml": 52, "heldout417.toml": 54, "heldout418.toml": 53,
         "heldout419.toml": 53, "heldout420.toml": 54, "heldout421.toml": 54, "heldout422.toml": 54,
         "heldout423.toml": 54, "heldout424.toml": 54, "heldout425.toml": 55, "heldout426.toml": 54,
         "heldout427.toml": 55, "heldout428.toml": 54, "heldout429.toml": 52, "heldout430.toml": 54,
         "heldout431.toml": 54, "heldout432.toml": 53, "heldout433.toml": 53, "heldout434.toml": 53,
         "heldout435.toml": 54, "heldout436.toml": 53, "heldout437.toml": 54, "heldout438.toml": 53,
         "heldout439.toml": 53, "heldout440.toml": 54, "heldout441.toml": 54, "heldout442.toml": 54,
         "heldout443.toml": 54, "heldout444.toml": 54, "heldout445.toml": 54, "heldout446.toml": 55,
         "heldout447.toml": 53, "heldout448.toml": 53, "heldout449.toml": 53, "heldout450.toml": 54,
         "heldout451.toml": 54, "heldout452.toml": 54, "heldout453.toml": 52, "heldout454.toml": 54,
         "heldout455.toml": 54, "heldout456.toml": 53, "heldout457.toml": 54, "heldout458.toml": 53,
         "heldout459.toml": 54, "heldout460.toml": 52, "heldout461.toml": 53, "heldout462.toml": 54,
         "heldout463.toml": 55, "heldout464.toml": 55, "heldout465.toml": 54, "heldout466.toml": 54,
         "heldout467.toml": 53, "heldout468.toml": 54, "heldout469.toml": 53, "heldout470.toml": 52,
         "heldout471.toml": 53, "heldout472.toml": 53, "heldout473.toml": 52, "heldout474.toml": 53,
         "heldout475.toml": 54, "heldout476.toml": 54, "heldout477.toml": 55, "heldout478.toml": 54,
         "heldout479.toml": 54, "heldout480.toml": 54, "heldout481.toml": 54, "heldout482.toml": 54,
         "heldout483.toml": 50, "heldout484.toml": 53, "heldout485.toml": 53, "heldout486.toml": 51,
         "heldout487.toml": 47, "heldout488.toml": 49, "heldout489.toml": 53, "heldout490.toml": 54,
         "heldout491.toml": 54, "heldout492.toml": 54, "heldout493.toml": 53, "heldout494.toml": 53,
         "heldout495.toml": 54, "heldout496.toml": 54, "heldout497.toml": 53, "heldout498.toml": 53,
         "heldout499.toml": 52, "heldout500.toml": 52, "heldout501.toml": 53, "heldout502.toml": 54,
         "heldout503.toml": 53, "heldout504.toml": 53, "heldout505.toml": 55, "heldout506.toml": 52,
         "heldout507.toml": 54, "heldout508.toml": 54, "heldout509.toml": 53, "heldout510.toml": 52,
         "heldout511.toml": 54, "heldout512.toml": 55, "heldout513.toml": 53, "heldout514.toml": 54,
         "heldout515.toml": 53, "heldout516.toml": 51, "heldout517.toml": 55, "heldout518.toml": 56,
         "heldout519.toml": 51, "heldout520.toml": 52, "heldout521.toml": 55, "heldout522.toml": 50,
         # round 31 (sets 523-526 after their first run's fixes)
         "heldout523.toml": 53, "heldout524.toml": 54, "heldout525.toml": 53, "heldout526.toml": 52,
         # sets 527-530, sealed until their first run, after its fixes
         "heldout527.toml": 51, "heldout528.toml": 54, "heldout529.toml": 51, "heldout530.toml": 54,
         # round 32 (sets 531-534 after their first run's fixes; 535-538 sealed until their first run)
         "heldout531.toml": 53, "heldout532.toml": 51, "heldout533.toml": 53, "heldout534.toml": 52,
         "heldout535.toml": 54, "heldout536.toml": 54, "heldout537.toml": 50, "heldout538.toml": 51,
         # round 33 (sets 539-542 after their first run's fixes; 543-546 sealed until their first run)
         "heldout539.toml": 53, "heldout540.toml": 53, "heldout541.toml": 54, "heldout542.toml": 54,
         "heldout543.toml": 54, "heldout544.toml": 52, "heldout545.toml": 52, "heldout546.toml": 53,
         # round 34 (sets 547-550 after their first run's fixes; 551-554 sealed until their first run)
         "heldout547.toml": 50, "heldout548.toml": 46, "heldout549.toml": 50, "heldout550.toml": 49,
         "heldout551.toml": 49, "heldout552.toml": 50, "heldout553.toml": 50, "heldout554.toml": 50,
         "heldout555.toml": 50, "heldout556.toml": 53, "heldout557.toml": 52, "heldout558.toml": 53,
         "heldout559.toml": 48, "heldout560.toml": 54, "heldout561.toml": 50, "heldout562.toml": 50,
         "heldout563.toml": 51, "heldout564.toml": 51, "heldout565.toml": 54, "heldout566.toml": 51,
         "heldout567.toml": 51, "heldout568.toml": 49, "heldout569.toml": 49, "heldout570.toml": 34,
         "heldout571.toml": 47, "heldout572.toml": 47, "heldout573.toml": 50, "heldout574.toml": 51,
         "heldout575.toml": 54, "heldout576.toml": 48, "heldout577.toml": 50, "heldout578.toml": 50,
         "heldout579.toml": 53, "heldout580.toml": 54, "heldout581.toml": 51, "heldout582.toml": 54,
         "heldout583.toml": 53, "heldout584.toml": 51, "heldout585.toml": 47, "heldout586.toml": 54,
         "heldout587.toml": 52, "heldout588.toml": 53, "heldout589.toml": 46, "heldout590.toml": 52,
         "heldout591.toml": 51, "heldout592.toml": 49, "heldout593.toml": 45, "heldout594.toml": 52,
         "heldout595.toml": 54, "heldout596.toml": 54, "heldout597.toml": 51, "heldout598.toml": 53,
         "heldout599.toml": 53, "heldout600.toml": 51, "heldout601.toml": 53, "heldout602.toml": 52,
         "heldout603.toml": 51, "heldout604.toml": 46, "heldout605.toml": 50, "heldout606.toml": 53,
         "heldout607.toml": 51, "heldout608.toml": 50, "heldout609.toml": 48, "heldout610.toml": 36,
         "heldout611.toml": 47, "heldout612.toml": 41, "heldout613.toml": 49, "heldout614.toml": 47,
         "heldout615.toml": 48, "heldout616.toml": 48, "heldout617.toml": 22, "heldout618.toml": 50,
         # round 43 (sets 619-622 after their first run's fixes; 623-626 sealed until their first run)
         "heldout619.toml": 54, "heldout620.toml": 54, "heldout621.toml": 54, "heldout622.toml": 50,
         "heldout623.toml": 52, "heldout624.toml": 53, "heldout625.toml": 51, "heldout626.toml": 51,
         # round 44 (sets 627-630 after their first run's fixes; 631-634 sealed until their first run)
         "heldout627.toml": 51, "heldout628.toml": 53, "heldout629.toml": 46, "heldout630.toml": 50,
         "heldout631.toml": 48, "heldout632.toml": 52, "heldout633.toml": 48, "heldout634.toml": 53,
         # round 45 (sets 635-638 after their first run's fixes; 639-642 sealed until their first run)
         "heldout635.toml": 52, "heldout636.toml": 54, "heldout637.toml": 53, "heldout638.toml": 53,
         "heldout639.toml": 52, "heldout640.toml": 53, "heldout641.toml": 53, "heldout642.toml": 52,
         # round 46 (sets 643-646 after their first run's fixes; 647-650 sealed until their first run)
         "heldout643.toml": 49, "heldout644.toml": 50, "heldout645.toml": 50, "heldout646.toml": 51,
         "heldout647.toml": 52, "heldout648.toml": 50, "heldout649.toml": 51, "heldout650.toml": 50,
         # round 47 (sets 651-654 after their first run's fixes; 655-658 sealed until their first run)
         "heldout651.toml": 54, "heldout652.toml": 54, "heldout653.toml": 54, "heldout654.toml": 54,
         "heldout655.toml": 54, "heldout656.toml": 53, "heldout657.toml": 54, "heldout658.toml": 54,
         # round 48 (sets 659-662 after their first run's fixes; 663-666 sealed until their first run)
         "heldout659.toml": 53, "heldout660.toml": 54, "heldout661.toml": 54, "heldout662.toml": 53,
         "heldout663.toml": 51, "heldout664.toml": 52, "heldout665.toml": 54, "heldout666.toml": 53,
         # round 49 (sets 667-670 after their first run's fixes; 671-674 sealed until their first run)
         "heldout667.toml": 53, "heldout668.toml": 52, "heldout669.toml": 51, "heldout670.toml": 53,
         "heldout671.toml": 54, "heldout672.toml": 53, "heldout673.toml": 52, "heldout674.toml": 53,
         # round 50 (sets 675-678 after their first run's fixes; 679-682 sealed until their first run)
         "heldout675.toml": 54, "heldout676.toml": 54, "heldout677.toml": 54, "heldout678.toml": 54,
         "heldout679.toml": 54, "heldout680.toml": 54, "heldout681.toml": 54, "heldout682.toml": 54,
         # round 51 (sets 683-686 after their first run's fixes; 687-690 sealed until their first run)
         "heldout683.toml": 52, "heldout684.toml": 53, "heldout685.toml": 54, "heldout686.toml": 54,
         "heldout687.toml": 53, "heldout688.toml": 54, "heldout689.toml": 51, "heldout690.toml": 52,
         # round 52 (sets 692-694 and 696 after their first run's fixes; 695 and 697 sealed until their first run)
         "heldout692.toml": 55, "heldout693.toml": 52, "heldout694.toml": 53, "heldout696.toml": 52,
         "heldout695.toml": 52, "heldout697.toml": 52,
         # round 53 (sets 699-702 after their first run's fixes; 691, 698, 703 and 704 sealed until their first run)
         "heldout699.toml": 54, "heldout700.toml": 54, "heldout701.toml": 54, "heldout702.toml": 54,
         "heldout691.toml": 50, "heldout698.toml": 47, "heldout703.toml": 53, "heldout704.toml": 53,
         # round 54 (sets 705-707 after their first run's fixes; 708-710 sealed until their first run)
         "heldout705.toml": 54, "heldout706.toml": 54, "heldout707.toml": 54,
         "heldout708.toml": 53, "heldout709.toml": 53, "heldout710.toml": 53,
         # round 55 (sets 711-713 after their first run's fixes; 714-716 sealed until their first run)
         "heldout711.toml": 44, "heldout712.toml": 51, "heldout713.toml": 51,
         "heldout714.toml": 54, "heldout715.toml": 54, "heldout716.toml": 54,
         # round 56 (first runs: 717-719 open, 720-722 sealed)
         "heldout717.toml": 54, "heldout718.toml": 54, "heldout719.toml": 53, "heldout720.toml": 54,
         "heldout721.toml": 54, "heldout722.toml": 54,
         # round 57 (first runs: 723-725 open, 726-728 sealed)
         "heldout723.toml": 54, "heldout724.toml": 54, "heldout725.toml": 54, "heldout726.toml": 54,
         "heldout727.toml": 49, "heldout728.toml": 54,
         # round 58 (first runs: 729-731 open, 732-734 sealed)
         "heldout729.toml": 54, "heldout730.toml": 54, "heldout731.toml": 54,
         "heldout732.toml": 52, "heldout733.toml": 53, "heldout734.toml": 54,
         # round 59 (first runs: 735-737 open, 738-740 sealed)
         "heldout735.toml": 54, "heldout736.toml": 54, "heldout737.toml": 54, "heldout738.toml": 54,
         "heldout739.toml": 52, "heldout740.toml": 54,
         # round 60 (first runs: 741, 744, 745 open; 742, 743, 746 sealed)
         "heldout741.toml": 53, "heldout742.toml": 54, "heldout743.toml": 54, "heldout744.toml": 54,
         "heldout745.toml": 54, "heldout746.toml": 53,
         # round 61 (first runs: 747, 749, 751 open; 748, 750, 752 sealed)
         "heldout747.toml": 54, "heldout749.toml": 54, "heldout751.toml": 53,
         "heldout748.toml": 54, "heldout750.toml": 54, "heldout752.toml": 52,
         # round 62 (first runs: 753, 755, 757 open; 754, 756, 758 sealed)
         "heldout753.toml": 53, "heldout755.toml": 51, "heldout757.toml": 53,
         "heldout754.toml": 50, "heldout756.toml": 53, "heldout758.toml": 54,
         # round 63 (first runs: 759, 761, 763 open; 760, 762, 764 sealed)
         "heldout759.toml": 54, "heldout761.toml": 53, "heldout763.toml": 54,
         "heldout760.toml": 54, "heldout762.toml": 54, "heldout764.toml": 51,
         # round 64 (first runs: 765, 767, 769 open; 766, 768, 770 sealed)
         "heldout765.toml": 54, "heldout767.toml": 54, "heldout769.toml": 54,
         "heldout766.toml": 49, "heldout768.toml": 51, "heldout770.toml": 52,
         # round 65 (first runs: 771, 773, 775 open; 772, 774, 776 sealed)
         "heldout771.toml": 54, "heldout773.toml": 54, "heldout775.toml": 54,
         "heldout772.toml": 53, "heldout774.toml": 54, "heldout776.toml": 53,
         # round 66 (first runs: 777, 779, 781 open; 778, 780, 782 sealed)
         "heldout777.toml": 54, "heldout779.toml": 54, "heldout781.toml": 54,
         "heldout778.toml": 54, "heldout780.toml": 54, "heldout782.toml": 54,
         # round 67 (first runs: 783, 785, 787 open; 784, 786, 788 sealed)
         "heldout783.toml": 54, "heldout785.toml": 54, "heldout787.toml": 53,
         "heldout784.toml": 54, "heldout786.toml": 54, "heldout788.toml": 54,
         # round 68 (first runs: 789, 791, 793 open; 790, 792, 794 sealed)
         "heldout789.toml": 54, "heldout791.toml": 54, "heldout793.toml": 54,
         "heldout790.toml": 53, "heldout792.toml": 54, "heldout794.toml": 54,
         # round 69 (first runs: 795, 797, 799 open; 796, 798, 800 sealed)
         "heldout795.toml": 54, "heldout797.toml": 54, "heldout799.toml": 54,
         "heldout796.toml": 54, "heldout798.toml": 53, "heldout800.toml": 54,
         # round 70 (first runs: 801, 803, 805 open; 802, 804, 806 sealed)
         "heldout801.toml": 53, "heldout803.toml": 53, "heldout805.toml": 53,
         "heldout802.toml": 54, "heldout804.toml": 52, "heldout806.toml": 54,
         # round 71 (first runs: 807, 809, 811 open; 808, 810, 812 sealed)
         "heldout807.toml": 53, "heldout809.toml": 54, "heldout811.toml": 54,
         "heldout808.toml": 53, "heldout810.toml": 54, "heldout812.toml": 54,
         # round 72 (first runs: 813, 815, 817 open; 814, 816, 818 sealed)
         "heldout813.toml": 54, "heldout815.toml": 53, "heldout817.toml": 54,
         "heldout814.toml": 54, "heldout816.toml": 52, "heldout818.toml": 54,
         # round 73 (first runs: 819, 821, 823 open; 820, 822, 824 sealed)
         "heldout819.toml": 54, "heldout821.toml": 54, "heldout823.toml": 54,
         "heldout820.toml": 53, "heldout822.toml": 54, "heldout824.toml": 54,
         # round 74 (first runs: 825, 827, 829 open; 826, 828, 830 sealed)
         "heldout825.toml": 54, "heldout827.toml": 52, "heldout829.toml": 54,
         "heldout826.toml": 52, "heldout828.toml": 53, "heldout830.toml": 52,
         # round 75 (first runs: 831, 833, 835 open; 832, 834, 836 sealed)
         "heldout831.toml": 49, "heldout833.toml": 52, "heldout835.toml": 50,
         "heldout832.toml": 52, "heldout834.toml": 52, "heldout836.toml": 52,
         # round 76 (first runs: 837, 839, 841 open; 838, 840, 842 sealed)
         "heldout837.toml": 54, "heldout839.toml": 53, "heldout841.toml": 53,
         "heldout838.toml": 54, "heldout840.toml": 54, "heldout842.toml": 54,
         # round 77 (first runs: 843, 845, 847 open; 844, 846, 848 sealed)
         "heldout843.toml": 54, "heldout845.toml": 54, "heldout847.toml": 51,
         "heldout844.toml": 54, "heldout846.toml": 53, "heldout848.toml": 53,
         # round 78 (first runs: 849, 851, 853 open; 850, 852, 854 sealed)
         "heldout849.toml": 51, "heldout851.toml": 52, "heldout853.toml": 52,
         "heldout850.toml": 53, "heldout852.toml": 54, "heldout854.toml": 54,
         # round 79 (first runs: 855, 857, 859 open; 856, 858, 860 sealed)
         "heldout855.toml": 54, "heldout857.toml": 51, "heldout859.toml": 54,
         "heldout856.toml": 50, "heldout858.toml": 51, "heldout860.toml": 52,
         # round 80 (first runs: 861, 863, 865 open; 862, 864, 866 sealed)
         "heldout861.toml": 54, "heldout863.toml": 54, "heldout865.toml": 54,
         "heldout862.toml": 54, "heldout864.toml": 52, "heldout866.toml": 54,
         # round 81 (first runs: 867, 869, 871 open; 868, 870, 872 sealed)
         "heldout867.toml": 53, "heldout869.toml": 54, "heldout871.toml": 54,
         "heldout868.toml": 54, "heldout870.toml": 52, "heldout872.toml": 53,
         # round 82 (first runs: 873, 875, 877 open; 874, 876, 878 sealed)
         "heldout873.toml": 54, "heldout875.toml": 53, "heldout877.toml": 53,
         "heldout874.toml": 54, "heldout876.toml": 54, "heldout878.toml": 54,
         # round 83 (first runs: 879, 881, 883 open; 880, 882, 884 sealed)
         "heldout879.toml": 52, "heldout881.toml": 52, "heldout883.toml": 50,
         "heldout880.toml": 54, "heldout882.toml": 49, "heldout884.toml": 53,
         # round 84 (first runs: 885, 887, 889 open; 886, 888, 890 sealed)
         "heldout885.toml": 54, "heldout887.toml": 54, "heldout889.toml": 54,
         "heldout886.toml": 53, "heldout888.toml": 53, "heldout890.toml": 53,
         # round 85 (first runs: 891, 893, 895 open; 892, 894, 896 sealed)
         "heldout891.toml": 52, "heldout893.toml": 54, "heldout895.toml": 49,
         "heldout892.toml": 48, "heldout894.toml": 53, "heldout896.toml": 48,
         # round 86 (first runs: 897, 899, 901 open; 898, 900, 902 sealed)
         "heldout897.toml": 49, "heldout899.toml": 50, "heldout901.toml": 48,
         "heldout898.toml": 52, "heldout900.toml": 53, "heldout902.toml": 46,
         # round 87 (first runs: 903, 905, 907 open; 904, 906, 908 sealed)
         "heldout903.toml": 52, "heldout905.toml": 51, "heldout907.toml": 52,
         "heldout904.toml": 53, "heldout906.toml": 54, "heldout908.toml": 53,
         # round 88 (first runs: 909, 911, 913 open; 910, 912, 914 sealed)
         "heldout909.toml": 54, "heldout911.toml": 53, "heldout913.toml": 52,
         "heldout910.toml": 46, "heldout912.toml": 50, "heldout914.toml": 45,
         # round 89 (first runs: 915, 917, 919 open; 916, 918, 920 sealed)
         "heldout915.toml": 43, "heldout917.toml": 49, "heldout919.toml": 49,
         "heldout916.toml": 47, "heldout918.toml": 54, "heldout920.toml": 51,
         # round 90 (first runs: 921, 923, 925 open; 922, 924, 926 sealed)
         "heldout921.toml": 53, "heldout923.toml": 52, "heldout925.toml": 53,
         "heldout922.toml": 53, "heldout924.toml": 51, "heldout926.toml": 54,
         # round 91 (first runs: 927, 929, 931 open; 928, 930, 932 sealed)
         "heldout927.toml": 51, "heldout929.toml": 53, "heldout931.toml": 52,
         "heldout928.toml": 52, "heldout930.toml": 54, "heldout932.toml": 52,
         # round 176 (first runs: 1437, 1439, 1441 open; 1438, 1440, 1442 sealed)
         "heldout1437.toml": 54, "heldout1439.toml": 54, "heldout1441.toml": 54,
         "heldout1438.toml": 53, "heldout1440.toml": 51, "heldout1442.toml": 54,
         # round 175 (first runs: 1431, 1433, 1435 open; 1432, 1434, 1436 sealed)
         "heldout1431.toml": 53, "heldout1433.toml": 54, "heldout1435.toml": 54,
         "heldout1432.toml": 54, "heldout1434.toml": 54, "heldout1436.toml": 54,
         # round 174 (first runs: 1425, 1427, 1429 open; 1426, 1428, 1430 sealed)
         "heldout1425.toml": 54, "heldout1427.toml": 52, "heldout1429.toml": 53,
         "heldout1426.toml": 54, "heldout1428.toml": 51, "heldout1430.toml": 54,
         # round 173 (first runs: 1419, 1421, 1423 open; 1420, 1422, 1424 sealed)
         "heldout1419.toml": 51, "heldout1421.toml": 53, "heldout1423.toml": 53,
         "heldout1420.toml": 54, "heldout1422.toml": 54, "heldout1424.toml": 51,
         # round 172 (first runs: 1413, 1415, 1417 open; 1414, 1416, 1418 sealed)
         "heldout1413.toml": 54, "heldout1415.toml": 54, "heldout1417.toml": 51,
         "heldout1414.toml": 54, "heldout1416.toml": 53, "heldout1418.toml": 54,
         # round 171 (first runs: 1407, 1409, 1411 open; 1408, 1410, 1412 sealed)
         "heldout1407.toml": 52, "heldout1409.toml": 53, "heldout1411.toml": 54,
         "heldout1408.toml": 52, "heldout1410.toml": 53, "heldout1412.toml": 53,
         # round 170 (first runs: 1401, 1403, 1405 open; 1402, 1404, 1406 sealed)
         "heldout1401.toml": 52, "heldout1403.toml": 53, "heldout1405.toml": 53,
         "heldout1402.toml": 52, "heldout1404.toml": 53, "heldout1406.toml": 54,
         # round 169 (first runs: 1395, 1397, 1399 open; 1396, 1398, 1400 sealed)
         "heldout1395.toml": 53, "heldout1397.toml": 51, "heldout1399.toml": 53,
         "heldout1396.toml": 54, "heldout1398.toml": 52, "heldout1400.toml": 53,
         # round 168 (first runs: 1389, 1391, 1393 open; 1390, 1392, 1394 sealed)
         "heldout1389.toml": 54, "heldout1391.toml": 54, "heldout1393.toml": 54,
         "heldout1390.toml": 54, "heldout1392.toml": 52, "heldout1394.toml": 53,
         # round 167 (first runs: 1383, 1385, 1387 open; 1384, 1386, 1388 sealed)
         "heldout1383.toml": 54, "heldout1385.toml": 54, "heldout1387.toml": 54,
         "heldout1384.toml": 54, "heldout1386.toml": 54, "heldout1388.toml": 54,
         # round 166 (first runs: 1377, 1379, 1381 open; 1378, 1380, 1382 sealed)
         "heldout1377.toml": 53, "heldout1379.toml": 53, "heldout1381.toml": 54,
         "heldout1378.toml": 54, "heldout1380.toml": 54, "heldout1382.toml": 54,
         # round 165 (first runs: 1371, 1373, 1375 open; 1372, 1374, 1376 sealed)
         "heldout1371.toml": 53, "heldout1373.toml": 52, "heldout1375.toml": 53,
         "heldout1372.toml": 53, "heldout1374.toml": 50, "heldout1376.toml": 54,
         # round 164 (first runs: 1365, 1367, 1369 open; 1366, 1368, 1370 sealed)
         "heldout1365.toml": 54, "heldout1367.toml": 54, "heldout1369.toml": 54,
         "heldout1366.toml": 53, "heldout1368.toml": 54, "heldout1370.toml": 54,
         # round 163 (first runs: 1359, 1361, 1363 open; 1360, 1362, 1364 sealed)
         "heldout1359.toml": 54, "heldout1361.toml": 51, "heldout1363.toml": 53,
         "heldout1360.toml": 52, "heldout1362.toml": 48, "heldout1364.toml": 52,
         # round 162 (first runs: 1353, 1355, 1357 open; 1354, 1356, 1358 sealed)
         "heldout1353.toml": 54, "heldout1355.toml": 51, "heldout1357.toml": 53,
         "heldout1354.toml": 53, "heldout1356.toml": 53, "heldout1358.toml": 52,
         # round 161 (first runs: 1347, 1349, 1351 open; 1348, 1350, 1352 sealed)
         "heldout1347.toml": 52, "heldout1349.toml": 52, "heldout1351.toml": 51,
         "heldout1348.toml": 54, "heldout1350.toml": 54, "heldout1352.toml": 45,
         # round 160 (first runs: 1341, 1343, 1345 open; 1342, 1344, 1346 sealed)
         "heldout1341.toml": 51, "heldout1343.toml": 54, "heldout1345.toml": 54,
         "heldout1342.toml": 54, "heldout1344.toml": 52, "heldout1346.toml": 54,
         # round 159 (first runs: 1335, 1337, 1339 open; 1336, 1338, 1340 sealed)
         "heldout1335.toml": 54, "heldout1337.toml": 53, "heldout1339.toml": 52,
         "heldout1336.toml": 54, "heldout1338.toml": 53, "heldout1340.toml": 52,
         # round 158 (first runs: 1329, 1331, 1333 open; 1330, 1332, 1334 sealed)
         "heldout1329.toml": 54, "heldout1331.toml": 53, "heldout1333.toml": 54,
         "heldout1330.toml": 54, "heldout1332.toml": 52, "heldout1334.toml": 53,
         # round 157 (first runs: 1323, 1325, 1327 open; 1324, 1326, 1328 sealed)
         "heldout1323.toml": 52, "heldout1325.toml": 47, "heldout1327.toml": 53,
         "heldout1324.toml": 48, "heldout1326.toml": 52, "heldout1328.toml": 54,
         # round 156 (first runs: 1317, 1319, 1321 open; 1318, 1320, 1322 sealed)
         "heldout1317.toml": 54, "heldout1319.toml": 52, "heldout1321.toml": 52,
         "heldout1318.toml": 54, "heldout1320.toml": 54, "heldout1322.toml": 53,
         # round 155 (first runs: 1311, 1313, 1315 open; 1312, 1314, 1316 sealed)
         "heldout1311.toml": 54, "heldout1313.toml": 54, "heldout1315.toml": 54,
         "heldout1312.toml": 54, "heldout1314.toml": 54, "heldout1316.toml": 54,
         # round 154 (first runs: 1305, 1307, 1309 open; 1306, 1308, 1310 sealed)
         "heldout1305.toml": 54, "heldout1307.toml": 53, "heldout1309.toml": 54,
         "heldout1306.toml": 52, "heldout1308.toml": 54, "heldout1310.toml": 54,
         # round 153 (first runs: 1299, 1301, 1303 open; 1300, 1302, 1304 sealed)
         "heldout1299.toml": 51, "heldout1301.toml": 54, "heldout1303.toml": 53,
         "heldout1300.toml": 48, "heldout1302.toml": 51, "heldout1304.toml": 51,
         # round 152 (first runs: 1293, 1295, 1297 open; 1294, 1296, 1298 sealed)
         "heldout1293.toml": 54, "heldout1295.toml": 52, "heldout1297.toml": 53,
         "heldout1294.toml": 52, "heldout1296.toml": 54, "heldout1298.toml": 52,
         # round 151 (first runs: 1287, 1289, 1291 open; 1288, 1290, 1292 sealed)
         "heldout1287.toml": 53, "heldout1289.toml": 54, "heldout1291.toml": 52,
         "heldout1288.toml": 53, "heldout1290.toml": 54, "heldout1292.toml": 53,
         # round 150 (first runs: 1281, 1283, 1285 open; 1282, 1284, 1286 sealed)
         "heldout1281.toml": 53, "heldout1283.toml": 53, "heldout1285.toml": 53,
         "heldout1282.toml": 50, "heldout1284.toml": 51, "heldout1286.toml": 51,
         # round 149 (first runs: 1275, 1277, 1279 open; 1276, 1278, 1280 sealed)
         "heldout1275.toml": 48, "heldout1277.toml": 53, "heldout1279.toml": 54,
         "heldout1276.toml": 51, "heldout1278.toml": 52, "heldout1280.toml": 54,
         # round 148 (first runs: 1269, 1271, 1273 open; 1270, 1272, 1274 sealed)
         "heldout1269.toml": 53, "heldout1271.toml": 54, "heldout1273.toml": 54,
         "heldout1270.toml": 54, "heldout1272.toml": 52, "heldout1274.toml": 53,
         # round 147 (first runs: 1263, 1265, 1267 open; 1264, 1266, 1268 sealed)
         "heldout1263.toml": 53, "heldout1265.toml": 53, "heldout1267.toml": 53,
         "heldout1264.toml": 52, "heldout1266.toml": 52, "heldout1268.toml": 52,
         # round 146 (first runs: 1257, 1259, 1261 open; 1258, 1260, 1262 sealed)
         "heldout1257.toml": 53, "heldout1259.toml": 54, "heldout1261.toml": 54,
         "heldout1258.toml": 54, "heldout1260.toml": 52, "heldout1262.toml": 54,
         # round 145 (first runs: 1251, 1253, 1255 open; 1252, 1254, 1256 sealed)
         "heldout1251.toml": 54, "heldout1253.toml": 53, "heldout1255.toml": 53,
         "heldout1252.toml": 54, "heldout1254.toml": 53, "heldout1256.toml": 54,
         # round 144 (first runs: 1245, 1247, 1249 open; 1246, 1248, 1250 sealed)
         "heldout1245.toml": 52, "heldout1247.toml": 51, "heldout1249.toml": 54,
         "heldout1246.toml": 51, "heldout1248.toml": 49, "heldout1250.toml": 48,
         # round 143 (first runs: 1239, 1241, 1243 open; 1240, 1242, 1244 sealed)
         "heldout1239.toml": 54, "heldout1241.toml": 52, "heldout1243.toml": 54,
         "heldout1240.toml": 52, "heldout1242.toml": 53, "heldout1244.toml": 53,
         # round 142 (first runs: 1233, 1235, 1237 open; 1234, 1236, 1238 sealed)
         "heldout1233.toml": 54, "heldout1235.toml": 54, "heldout1237.toml": 54,
         "heldout1234.toml": 54, "heldout1236.toml": 54, "heldout1238.toml": 54,
         # round 141 (first runs: 1227, 1229, 1231 open; 1228, 1230, 1232 sealed)
         "heldout1227.toml": 54, "heldout1229.toml": 53, "heldout1231.toml": 53,
         "heldout1228.toml": 52, "heldout1230.toml": 54, "heldout1232.toml": 54,
         # round 140 (first runs: 1221, 1223, 1225 open; 1222, 1224, 1226 sealed)
         "heldout1221.toml": 52, "heldout1223.toml": 52, "heldout1225.toml": 53,
         "heldout1222.toml": 51, "heldout1224.toml": 53, "heldout1226.toml": 51,
         # round 139 (first runs: 1215, 1217, 1219 open; 1216, 1218, 1220 sealed)
         "heldout1215.toml": 51, "heldout1217.toml": 51, "heldout1219.toml": 48,
         "heldout1216.toml": 43, "heldout1218.toml": 53, "heldout1220.toml": 50,
         # round 138 (first runs: 1209, 1211, 1213 open; 1210, 1212, 1214 sealed)
         "heldout1209.toml": 54, "heldout1211.toml": 48, "heldout1213.toml": 53,
         "heldout1210.toml": 53, "heldout1212.toml": 50, "heldout1214.toml": 50,
         # round 137 (first runs: 1203, 1205, 1207 open; 1204, 1206, 1208 sealed)
         "heldout1203.toml": 54, "heldout1205.toml": 52, "heldout1207.toml": 53,
         "heldout1204.toml": 54, "heldout1206.toml": 53, "heldout1208.toml": 54,
         # round 136 (first runs: 1197, 1199, 1201 open; 1198, 1200, 1202 sealed)
         "heldout1197.toml": 54, "heldout1199.toml": 52, "heldout1201.toml": 54,
         "heldout1198.toml": 54, "heldout1200.toml": 54, "heldout1202.toml": 53,
         # round 135 (first runs: 1191, 1193, 1195 open; 1192, 1194, 1196 sealed)
         "heldout1191.toml": 52, "heldout1193.toml": 50, "heldout1195.toml": 50,
         "heldout1192.toml": 52, "heldout1194.toml": 51, "heldout1196.toml": 51,
         # round 134 (first runs: 1185, 1187, 1189 open; 1186, 1188, 1190 sealed)
         "heldout1185.toml": 53, "heldout1187.toml": 49, "heldout1189.toml": 53,
         "heldout1186.toml": 51, "heldout1188.toml": 51, "heldout1190.toml": 50,
         # round 133 (first runs: 1179, 1181, 1183 open; 1180, 1182, 1184 sealed)
         "heldout1179.toml": 51, "heldout1181.toml": 51, "heldout1183.toml": 52,
         "heldout1180.toml": 54, "heldout1182.toml": 52, "heldout1184.toml": 52,
         # round 132 (first runs: 1173, 1175, 1177 open; 1174, 1176, 1178 sealed)
         "heldout1173.toml": 54, "heldout1175.toml": 53, "heldout1177.toml": 54,
         "heldout1174.toml": 50, "heldout1176.toml": 54, "heldout1178.toml": 53,
         # round 131 (first runs: 1167, 1169, 1171 open; 1168, 1170, 1172 sealed)
         "heldout1167.toml": 51, "heldout1169.toml": 47, "heldout1171.toml": 50,
         "heldout1168.toml": 53, "heldout1170.toml": 50, "heldout1172.toml": 45,
         # round 130 (first runs: 1161, 1163, 1165 open; 1162, 1164, 1166 sealed)
         "heldout1161.toml": 54, "heldout1163.toml": 46, "heldout1165.toml": 51,
         "heldout1162.toml": 50, "heldout1164.toml": 49, "heldout1166.toml": 49,
         # round 129 (first runs: 1155, 1157, 1159 open; 1156, 1158, 1160 sealed)
         "heldout1155.toml": 52, "heldout1157.toml": 53, "heldout1159.toml": 46,
         "heldout1156.toml": 51, "heldout1158.toml": 47, "heldout1160.toml": 49,
         # round 128 (first runs: 1149, 1151, 1153 open; 1150, 1152, 1154 sealed)
         "heldout1149.toml": 54, "heldout1151.toml": 50, "heldout1153.toml": 50,
         "heldout1150.toml": 52, "heldout1152.toml": 53, "heldout1154.toml": 49,
         # round 127 (first runs: 1143, 1145, 1147 open; 1144, 1146, 1148 sealed)
         "heldout1143.toml": 54, "heldout1145.toml": 54, "heldout1147.toml": 52,
         "heldout1144.toml": 52, "heldout1146.toml": 53, "heldout1148.toml": 51,
         # round 126 (first runs: 1137, 1139, 1141 open; 1138, 1140, 1142 sealed)
         "heldout1137.toml": 54, "heldout1139.toml": 54, "heldout1141.toml": 53,
         "heldout1138.toml": 52, "heldout1140.toml": 54, "heldout1142.toml": 54,
         # round 125 (first runs: 1131, 1133, 1135 open; 1132, 1134, 1136 sealed)
         "heldout1131.toml": 54, "heldout1133.toml": 52, "heldout1135.toml": 53,
         "heldout1132.toml": 50, "heldout1134.toml": 50, "heldout1136.toml": 52,
         # round 124 (first runs: 1125, 1127, 1129 open; 1126, 1128, 1130 sealed)
         "heldout1125.toml": 54, "heldout1127.toml": 51, "heldout1129.toml": 54,
         "heldout1126.toml": 52, "heldout1128.toml": 53, "heldout1130.toml": 54,
         # round 123 (first runs: 1119, 1121, 1123 open; 1120, 1122, 1124 sealed)
         "heldout1119.toml": 54, "heldout1121.toml": 53, "heldout1123.toml": 54,
         "heldout1120.toml": 54, "heldout1122.toml": 50, "heldout1124.toml": 51,
         # round 122 (first runs: 1113, 1115, 1117 open; 1114, 1116, 1118 sealed)
         "heldout1113.toml": 52, "heldout1115.toml": 52, "heldout1117.toml": 54,
         "heldout1114.toml": 54, "heldout1116.toml": 50, "heldout1118.toml": 37,
         # round 121 (first runs: 1107, 1109, 1111 open; 1108, 1110, 1112 sealed)
         "heldout1107.toml": 54, "heldout1109.toml": 53, "heldout1111.toml": 47,
         "heldout1108.toml": 54, "heldout1110.toml": 51, "heldout1112.toml": 53,
         # round 120 (first runs: 1101, 1103, 1105 open; 1102, 1104, 1106 sealed)
         "heldout1101.toml": 54, "heldout1103.toml": 54, "heldout1105.toml": 52,
         "heldout1102.toml": 54, "heldout1104.toml": 53, "heldout1106.toml": 53,
         # round 119 (first runs: 1095, 1097, 1099 open; 1096, 1098, 1100 sealed)
         "heldout1095.toml": 53, "heldout1097.toml": 53, "heldout1099.toml": 41,
         "heldout1096.toml": 52, "heldout1098.toml": 48, "heldout1100.toml": 28,
         # round 118 (first runs: 1089, 1091, 1093 open; 1090, 1092, 1094 sealed)
         "heldout1089.toml": 54, "heldout1091.toml": 54, "heldout1093.toml": 54,
         "heldout1090.toml": 53, "heldout1092.toml": 54, "heldout1094.toml": 52,
         # round 117 (first runs: 1083, 1085, 1087 open; 1084, 1086, 1088 sealed)
         "heldout1083.toml": 54, "heldout1085.toml": 53, "heldout1087.toml": 54,
         "heldout1084.toml": 51, "heldout1086.toml": 53, "heldout1088.toml": 50,
         # round 116 (first runs: 1077, 1079, 1081 open; 1078, 1080, 1082 sealed)
         "heldout1077.toml": 54, "heldout1079.toml": 54, "heldout1081.toml": 54,
         "heldout1078.toml": 53, "heldout1080.toml": 53, "heldout1082.toml": 54,
         # round 115 (first runs: 1071, 1073, 1075 open; 1072, 1074, 1076 sealed)
         "heldout1071.toml": 53, "heldout1073.toml": 53, "heldout1075.toml": 49,
         "heldout1072.toml": 52, "heldout1074.toml": 48, "heldout1076.toml": 49,
         # round 114 (first runs: 1065, 1067, 1069 open; 1066, 1068, 1070 sealed)
         "heldout1065.toml": 54, "heldout1067.toml": 50, "heldout1069.toml": 49,
         "heldout1066.toml": 53, "heldout1068.toml": 54, "heldout1070.toml": 52,
         # round 113 (first runs: 1059, 1061, 1063 open; 1060, 1062, 1064 sealed)
         "heldout1059.toml": 53, "heldout1061.toml": 54, "heldout1063.toml": 54,
         "heldout1060.toml": 53, "heldout1062.toml": 53, "heldout1064.toml": 53,
         # round 112 (first runs: 1053, 1055, 1057 open; 1054, 1056, 1058 sealed)
         "heldout1053.toml": 52, "heldout1055.toml": 50, "heldout1057.toml": 47,
         "heldout1054.toml": 41, "heldout1056.toml": 46, "heldout1058.toml": 47,
         # round 111 (first runs: 1047, 1049, 1051 open; 1048, 1050, 1052 sealed)
         "heldout1047.toml": 53, "heldout1049.toml": 53, "heldout1051.toml": 52,
         "heldout1048.toml": 47, "heldout1050.toml": 52, "heldout1052.toml": 53,
         # round 110 (first runs: 1041, 1043, 1045 open; 1042, 1044, 1046 sealed)
         "heldout1041.toml": 52, "heldout1043.toml": 54, "heldout1045.toml": 51,
         "heldout1042.toml": 54, "heldout1044.toml": 52, "heldout1046.toml": 54,
         # round 109 (first runs: 1035, 1037, 1039 open; 1036, 1038, 1040 sealed)
         "heldout1035.toml": 52, "heldout1037.toml": 54, "heldout1039.toml": 52,
         "heldout1036.toml": 53, "heldout1038.toml": 54, "heldout1040.toml": 52,
         # round 108 (first runs: 1029, 1031, 1033 open; 1030, 1032, 1034 sealed)
         "heldout1029.toml": 49, "heldout1031.toml": 53, "heldout1033.toml": 49,
         "heldout1030.toml": 48, "heldout1032.toml": 51, "heldout1034.toml": 52,
         # round 107 (first runs: 1023, 1025, 1027 open; 1024, 1026, 1028 sealed)
         "heldout1023.toml": 52, "heldout1025.toml": 54, "heldout1027.toml": 53,
         "heldout1024.toml": 52, "heldout1026.toml": 54, "heldout1028.toml": 53,
         # round 106 (first runs: 1017, 1019, 1021 open; 1018, 1020, 1022 sealed)
         "heldout1017.toml": 52, "heldout1019.toml": 53, "heldout1021.toml": 54,
         "heldout1018.toml": 54, "heldout1020.toml": 53, "heldout1022.toml": 52,
         # round 105 (first runs: 1011, 1013, 1015 open; 1012, 1014, 1016 sealed)
         "heldout1011.toml": 53, "heldout1013.toml": 53, "heldout1015.toml": 53,
         "heldout1012.toml": 23, "heldout1014.toml": 50, "heldout1016.toml": 45,
         # round 104 (first runs: 1005, 1007, 1009 open; 1006, 1008, 1010 sealed)
         "heldout1005.toml": 54, "heldout1007.toml": 54, "heldout1009.toml": 54,
         "heldout1006.toml": 52, "heldout1008.toml": 53, "heldout1010.toml": 53,
         # round 103 (first runs: 999, 1001, 1003 open; 1000, 1002, 1004 sealed)
         "heldout999.toml": 52, "heldout1001.toml": 54, "heldout1003.toml": 47,
         "heldout1000.toml": 43, "heldout1002.toml": 36, "heldout1004.toml": 51,
         # round 102 (first runs: 993, 995, 997 open; 994, 996, 998 sealed)
         "heldout993.toml": 54, "heldout995.toml": 52, "heldout997.toml": 54,
         "heldout994.toml": 48, "heldout996.toml": 50, "heldout998.toml": 52,
         # round 101 (first runs: 987, 989, 991 open; 988, 990, 992 sealed)
         "heldout987.toml": 53, "heldout989.toml": 53, "heldout991.toml": 53,
         "heldout988.toml": 54, "heldout990.toml": 54, "heldout992.toml": 54,
         # round 100 (first runs: 981, 983, 985 open; 982, 984, 986 sealed)
         "heldout981.toml": 53, "heldout983.toml": 50, "heldout985.toml": 53,
         "heldout982.toml": 52, "heldout984.toml": 46, "heldout986.toml": 50,
         # round 99 (first runs: 975, 977, 979 open; 976, 978, 980 sealed)
         "heldout975.toml": 54, "heldout977.toml": 52, "heldout979.toml": 54,
         "heldout976.toml": 52, "heldout978.toml": 51, "heldout980.toml": 51,
         # round 98 (first runs: 969, 971, 973 open; 970, 972, 974 sealed)
         "heldout969.toml": 52, "heldout971.toml": 54, "heldout973.toml": 54,
         "heldout970.toml": 52, "heldout972.toml": 49, "heldout974.toml": 53,
         # round 97 (first runs: 963, 965, 967 open; 964, 966, 968 sealed)
         "heldout963.toml": 49, "heldout965.toml": 49, "heldout967.toml": 50,
         "heldout964.toml": 53, "heldout966.toml": 42, "heldout968.toml": 39,
         # round 96 (first runs: 957, 959, 961 open; 958, 960, 962 sealed)
         "heldout957.toml": 54, "heldout959.toml": 53, "heldout961.toml": 54,
         "heldout958.toml": 52, "heldout960.toml": 48, "heldout962.toml": 49,
         # round 95 (first runs: 951, 953, 955 open; 952, 954, 956 sealed)
         "heldout951.toml": 54, "heldout953.toml": 54, "heldout955.toml": 54,
         "heldout952.toml": 53, "heldout954.toml": 54, "heldout956.toml": 54,
         # round 94 (first runs: 945, 947, 949 open; 946, 948, 950 sealed)
         "heldout945.toml": 54, "heldout947.toml": 53, "heldout949.toml": 54,
         "heldout946.toml": 54, "heldout948.toml": 54, "heldout950.toml": 53,
         # round 93 (first runs: 939, 941, 943 open; 940, 942, 944 sealed)
         "heldout939.toml": 53, "heldout941.toml": 54, "heldout943.toml": 54,
         "heldout940.toml": 53, "heldout942.toml": 46, "heldout944.toml": 51,
         # round 92 (first runs: 933, 935, 937 open; 934, 936, 938 sealed)
         "heldout933.toml": 52, "heldout935.toml": 53, "heldout937.toml": 53,
         "heldout934.toml": 53, "heldout936.toml": 54, "heldout938.toml": 53}


def test_every_set_has_a_floor():
    assert sorted(p.name for p in sets()) == sorted(FLOOR)


def test_the_record_is_current():
    """Not a failure when stale (every question then runs, as the gate always did), but said: a stale
    record makes the suite several minutes slower."""
    if record() is None:
        pytest.skip(f"{RECORD.name} is stale or GPUBOT_FULL_GATE=1: every held-out question ran; "
                    "`make gate` rewrites it")


@pytest.mark.parametrize("name", sorted(FLOOR))
def test_heldout_set(name):
    qs = load(name)
    codes = codes_of(name, (record() or {}).get(name))
    # the problems' details, from the questions themselves
    problems = [f"{c}: {outcome(q)[1]}: {q['text']!r}" for q, c in zip(qs, codes, strict=True) if c in PROBLEMS]
    assert not problems, "\n".join(problems)
    assert codes.count("a") >= FLOOR[name], f"{name}: {codes.count('a')} questions used every input"
