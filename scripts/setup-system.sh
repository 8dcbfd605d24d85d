#!/bin/sh
# Installs the Debian packages evidtriage needs, only those missing; safe to run again.
#   runtime: libmagic (file typing), tesseract with English and Bengali data (OCR),
#            Noto fonts (Bengali rendering), Pango (PDF reports through WeasyPrint)
#   tests:   hashdeep and b3sum (independent checks of our hash lists), poppler-utils (PDF text),
#            openssl (checks the custody signatures as a third party would),
#            chromium (opens the HTML report headless: content, and no request outside the file),
#            dosfstools mtools e2fsprogs fdisk (build small disk images: mkfs.vfat, mcopy, mkfs.ext4 -d,
#            sfdisk), ntfs-3g exfatprogs (mkntfs, ntfscp, mkfs.exfat), sleuthkit (mmls checks their partition tables; img_cat/fls as peers),
#            ewf-tools (ewfacquire makes E01 images, ewfexport is the bench's peer)
set -eu
PKGS="libmagic1 tesseract-ocr tesseract-ocr-eng tesseract-ocr-ben fonts-noto-core fonts-dejavu-core libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 hashdeep b3sum poppler-utils openssl chromium dosfstools mtools e2fsprogs fdisk ntfs-3g exfatprogs sleuthkit ewf-tools"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
        echo "setup: missing Debian packages:$missing; install them as root (apt-get install$missing)" >&2
        exit 1
    fi
else SUDO=""; fi
echo "setup: installing$missing" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
