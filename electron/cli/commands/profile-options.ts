import type { OptionSpecs } from '../command';

export const profileOptions: OptionSpecs = {
  profile: { type: 'string' },
  name: { type: 'string' },
  place: { type: 'string' },
  superior: { type: 'string' },
  department: { type: 'string' },
  'department-code': { type: 'string' },
  ministry: { type: 'string' },
  'recipient-department': { type: 'string' },
  signer: { type: 'string' },
  'signer-title': { type: 'string' },
  authority: { type: 'string' },
  'document-code': { type: 'string' },
  predecessor: { type: 'string', multiple: true },
};

export const profileHelp = [
  '  --profile <json|tệp.json>  Hồ sơ dạng JSON: {"profile":{…},"predecessors":[…]} hoặc chỉ các trường hồ sơ (profile as JSON)',
  '  --name <tên>               Tên tỉnh, ví dụ "Tỉnh Hà Tĩnh" (province name)',
  '  --place <địa danh>         Địa danh ở dòng ngày tháng; mặc định tên bỏ "Tỉnh"/"Thành phố" (place name)',
  '  --superior <cơ quan>       Cơ quan chủ quản; mặc định "UBND <TÊN TỈNH>" (superior body)',
  '  --department <tên>         Cơ quan ban hành; mặc định "SỞ GIÁO DỤC VÀ ĐÀO TẠO" (owning department)',
  '  --department-code <mã>     Viết tắt, mặc định SGDĐT (department code)',
  '  --ministry, --recipient-department  Nơi nhận; mặc định Bộ GDĐT / Cục GDNN-GDTX (recipient)',
  '  --signer, --signer-title, --authority, --document-code   Người ký, chức vụ, thẩm quyền ký, ký hiệu văn bản',
  '  --predecessor "<tên>[@yyyy-mm-dd]"  Tỉnh cũ hợp nhất vào, lặp lại được (predecessor province, repeatable)',
];
